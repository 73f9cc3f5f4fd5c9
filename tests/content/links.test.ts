/** Every internal link on the built site goes to a page that was built, and to an anchor on it that exists. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, dist, idsIn, linksIn, readPage } from '../../scripts/lib/builtSite.ts';

const pages = builtPages();
const idsByPath = new Map(pages.map(({ path, file }) => [path, idsIn(readPage(file))]));

/** The built page for a path, as its path in the ids map, or undefined if there is none. */
function builtPath(pathname: string): string | undefined {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (idsByPath.has(withSlash)) return withSlash;
  const file = join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return pathname;
  return undefined;
}

test('the site has pages to check', () => {
  assert.ok(pages.length > 100, `only ${pages.length} pages in dist/`);
});

test('every internal link resolves to a built page and an existing #anchor', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const { path, file } of pages) {
    for (const { href } of linksIn(readPage(file))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // https:, tel:, mailto:
      const url = new URL(href, `https://handbook.test${path}`);
      const target = builtPath(url.pathname);
      checked++;
      if (!target) {
        broken.push(`${path}: ${href} (no page ${url.pathname})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsByPath.get(target)?.has(anchor)) broken.push(`${path}: ${href} (no #${anchor} on ${target})`);
    }
  }
  assert.ok(checked > 1000, `only ${checked} internal links found`);
  assert.deepEqual(broken, []);
});
