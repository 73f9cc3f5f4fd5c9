/** The page-weight budget, on every page of the built site (bytes are deterministic, so this is exact). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFor, measureSite, searchPage } from '../../scripts/lib/pageWeight.ts';
import { dist, htmlFiles } from '../../scripts/lib/builtSite.ts';

test('every page keeps to the page-weight budget', () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'build the site first (npm run build)');
  const weights = measureSite(dist);
  assert.ok(weights.length > 10, 'the built site has pages to measure');
  const over = weights.flatMap((w) =>
    (['css', 'js', 'outsideMain'] as const)
      .filter((key) => w[key] > budgetFor(w.page)[key])
      .map((key) => `${w.page}: ${key} ${w[key]} bytes gzip > ${budgetFor(w.page)[key]}`),
  );
  assert.deepEqual(over, []);
});

test('the measure counts what a page really loads', () => {
  const home = measureSite(dist).find((w) => w.page === '/')!;
  assert.ok(home.css > 500, `the home page has its stylesheet counted (${home.css} bytes)`);
  assert.ok(home.outsideMain > 200, `the header and footer are counted (${home.outsideMain} bytes)`);
});

test('search code and the index load only on the search page', () => {
  // Every page's script names Pagefind's highlighting, fetched only on a page opened from a search
  // (tests/browser/searchLanding.spec.ts shows a page opened otherwise fetches nothing from /pagefind/).
  const highlighting = '/pagefind/pagefind-highlight.js';
  const searching = htmlFiles(dist).filter((file) => {
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]), 'utf8'));
    return [html, ...scripts].some((text) => text.replaceAll(highlighting, '').includes('/pagefind/'));
  });
  assert.deepEqual(
    searching.map((file) => file.slice(dist.length)),
    [`${searchPage}index.html`],
  );
  const search = measureSite(dist).find((w) => w.page === searchPage)!;
  assert.ok(search.js > 500, `the search page's own script is counted against its budget (${search.js} bytes)`);
});
