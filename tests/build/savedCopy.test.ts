/**
 * The saved copy as built: dist/sw.js saves every page (not the printable handbook), the styles and scripts,
 * the whole search index, the manifest and icons, within its budget on a device (pages kept compressed);
 * the web app manifest matches the site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isPage, savedCopyBudget, siteUrl, storedEntryBytes, type SavedFile } from '../../src/lib/savedCopy.ts';
import { dist, htmlFiles, sitemapPaths } from '../../scripts/lib/builtSite.ts';
import { siteSettings } from '../../src/lib/siteConfig.ts';

const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
// The precache list Workbox wrote into sw.js: {"bytes":…,"revision":"…","url":"/…"} for each file.
const saved = [...sw.matchAll(/\{[^{}]*"url":"[^"]*"[^{}]*\}/g)].map((m) => JSON.parse(m[0]) as SavedFile);
const savedUrls = new Set(saved.map((f) => f.url));

test('the saved copy holds every page but the printable handbook, within its budget on a device', () => {
  const pages = sitemapPaths().filter((p) => p !== '/print/');
  assert.deepEqual(
    pages.filter((p) => !savedUrls.has(p)),
    [],
  );
  assert.ok(savedUrls.has('/404.html'), 'the not-found page, for pages that were not saved');
  assert.ok(!savedUrls.has('/print/'), 'not the printable handbook, which repeats every page');
  const stored = saved.reduce((sum, f) => sum + f.bytes + storedEntryBytes, 0);
  console.log(`Saved copy: ${saved.length} files, ${stored} bytes on a device (budget ${savedCopyBudget})`);
  assert.ok(stored <= savedCopyBudget, `${stored} bytes`);
});

test('every page is kept compressed, and the bytes counted for it are its gzipped size as built', () => {
  const pages = saved.filter((f) => isPage(f.url));
  assert.deepEqual(
    pages.filter((f) => !f.gzip).map((f) => f.url),
    [],
  );
  const file = (url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
  const miscounted = pages.filter((f) => f.bytes !== gzipSync(readFileSync(file(f.url)), { level: 6 }).length).map((f) => f.url);
  assert.deepEqual(miscounted, []);
});

test('the saved copy holds the styles, scripts, the whole search index, the manifest and the icons', () => {
  const under = (folder: string) =>
    readdirSync(join(dist, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => siteUrl(join(entry.parentPath, entry.name).slice(dist.length + 1)));
  const needed = [
    ...under('_astro'),
    ...under('pagefind').filter((url) => !/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(url)),
    ...under('icons'),
    '/manifest.webmanifest',
  ];
  assert.ok(needed.some((url) => url.startsWith('/pagefind/fragment/')) && needed.includes('/pagefind/pagefind-entry.json'));
  assert.deepEqual(
    needed.filter((url) => !savedUrls.has(url)),
    [],
  );
});

test('the web app manifest: names, start URL, the site’s colours, icons at 192 and 512 px and a maskable one', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
  const tokens = readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8');
  const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(tokens)![1];
  assert.ok(manifest.name && manifest.short_name && manifest.short_name.length <= 20);
  assert.equal(manifest.start_url, '/');
  // The brand colour is the council's (content/site.yaml), and the built stylesheet's standard theme has it.
  const built = readdirSync(join(dist, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(dist, '_astro', name), 'utf8'))
    .join('\n');
  assert.equal(manifest.theme_color, siteSettings().brandColour);
  // The minifier writes #112233 as #123.
  const longHex = (hex = '') => (hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex).toLowerCase();
  assert.equal(longHex(/--colour-brand:\s*(#[0-9a-f]{6}\b|#[0-9a-f]{3}\b)/i.exec(built)?.[1]), siteSettings().brandColour.toLowerCase());
  assert.equal(manifest.background_color, token('colour-background'));
  const size = (src: string) => {
    const png = readFileSync(join(dist, src));
    return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
  };
  for (const icon of manifest.icons) assert.equal(size(icon.src), icon.sizes, icon.src);
  assert.deepEqual(
    ['192x192', '512x512'].filter(
      (s) => !manifest.icons.some((i: { sizes: string; purpose?: string }) => i.sizes === s && (i.purpose ?? 'any') === 'any'),
    ),
    [],
  );
  assert.ok(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable'));
  const unlinked = htmlFiles(dist).filter((f) => !readFileSync(f, 'utf8').includes('<link rel="manifest" href="/manifest.webmanifest">'));
  assert.deepEqual(unlinked, []);
});

test('only the pages with the save control carry its script; no page registers a service worker as it loads', () => {
  const withControl = htmlFiles(dist)
    .filter((file) => readFileSync(file, 'utf8').includes('data-saved-copy-control'))
    .map((file) => siteUrl(file.slice(dist.length + 1)));
  assert.deepEqual(withControl.sort(), ['/', '/accessibility/']);
  const registering = htmlFiles(dist).filter((file) => /serviceWorker\.register\(/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(registering, [], 'no inline registration');
});
