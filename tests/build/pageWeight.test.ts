/** The page-weight budget, on every page of the built site (bytes are deterministic, so this is exact). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { budget, measureSite } from '../../scripts/lib/pageWeight.ts';

const dist = join(process.cwd(), 'dist');

test('every page keeps to the page-weight budget', () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'build the site first (npm run build)');
  const weights = measureSite(dist);
  assert.ok(weights.length > 10, 'the built site has pages to measure');
  const over = weights.flatMap((w) =>
    (['css', 'js', 'outsideMain'] as const)
      .filter((key) => w[key] > budget[key])
      .map((key) => `${w.page}: ${key} ${w[key]} bytes gzip > ${budget[key]}`),
  );
  assert.deepEqual(over, []);
});

test('the measure counts what a page really loads', () => {
  const home = measureSite(dist).find((w) => w.page === '/')!;
  assert.ok(home.css > 500, `the home page has its stylesheet counted (${home.css} bytes)`);
  assert.ok(home.outsideMain > 200, `the header and footer are counted (${home.outsideMain} bytes)`);
});
