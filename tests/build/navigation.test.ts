/** Every page leads to the A to Z index and the glossary, from its header or footer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dist, htmlFiles, mainOf, readPage } from '../../scripts/lib/builtSite.ts';

test('every page links to the A to Z index and the glossary outside its main content', () => {
  const pages = htmlFiles(dist);
  assert.ok(pages.length > 100, `the built site has pages (${pages.length})`);
  const missing = pages.flatMap((file) => {
    const furniture = readFileSync(file, 'utf8').replace(/<main[\s\S]*<\/main>/, '');
    return ['/a-z/', '/glossary/']
      .filter((href) => !furniture.includes(`href="${href}"`))
      .map((href) => `${file.slice(dist.length)}: no link to ${href}`);
  });
  assert.deepEqual(missing, []);
});

test('the Contents names every page once: no two entries share a title', () => {
  const main = mainOf(readPage('/contents/'));
  const titles = [...main.matchAll(/<a\b[^>]*href="\/(?:handbook|documents)\/[^"]+"[^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase(),
  );
  assert.ok(titles.length > 0, 'the Contents lists pages');
  assert.deepEqual(
    titles.filter((title, i) => titles.indexOf(title) !== i),
    [],
  );
});
