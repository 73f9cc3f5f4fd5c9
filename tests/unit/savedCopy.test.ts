import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import {
  compressedForKeeping,
  expandedFromKeeping,
  keepsCompressed,
  keptCompressedHeader,
  planSavedCopy,
  savedCopyBudget,
  storedEntryBytes,
  isEditionFile,
  isImmutable,
  isLeftOut,
  isPage,
  noticeHtml,
  noticeSlot,
  savedCopyKey,
  siteUrl,
  tally,
  withNotice,
} from '../../src/lib/savedCopy.ts';

test('saved files are keyed as the site serves them', () => {
  assert.equal(siteUrl('index.html'), '/');
  assert.equal(siteUrl('handbook/allegations/index.html'), '/handbook/allegations/');
  assert.equal(siteUrl('404.html'), '/404.html');
  assert.equal(siteUrl('pagefind\\index\\en_1.pf_index'), '/pagefind/index/en_1.pf_index');
});

test('a request finds its saved copy without its query, fragment or missing slash', () => {
  const key = (url: string) => savedCopyKey(`https://x.test${url}`);
  assert.equal(key('/search/?q=respite'), 'https://x.test/search/');
  assert.equal(key('/handbook/allegations#what-to-do'), 'https://x.test/handbook/allegations/');
  assert.equal(key('/handbook/allegations/index.html'), 'https://x.test/handbook/allegations/');
  assert.equal(key('/pagefind/pagefind-entry.json?ts=20261201T093015Z'), 'https://x.test/pagefind/pagefind-entry.json');
  assert.equal(key('/'), 'https://x.test/');
});

test('only files whose names change with their content skip the network', () => {
  assert.ok(isImmutable('/_astro/BaseLayout.D2rCEyt3.css'));
  assert.ok(isImmutable('/pagefind/fragment/en_6b9f.pf_fragment'));
  assert.ok(isImmutable('/pagefind/pagefind.en-gb_e0abeb.pf_meta'));
  for (const path of [
    '/',
    '/handbook/allegations/',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en-gb.pagefind',
    '/manifest.webmanifest',
  ]) {
    assert.ok(!isImmutable(path), path);
  }
});

test('what search needs to start, and the icons, come from the saved edition at once; pages never do', () => {
  for (const path of [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-highlight.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en-gb.pagefind',
    '/search-vocabulary.json',
    '/favicon.svg',
    '/icons/icon-192.png',
  ]) {
    assert.ok(isEditionFile(path), path);
  }
  for (const path of ['/', '/search/', '/handbook/allegations/', '/edition.json', '/pagefind/pagefind-ui.js', '/sw.js']) {
    assert.ok(!isEditionFile(path), path);
  }
});

test('the printable handbook and the PDF are left out of the saved copy on purpose', () => {
  for (const path of ['/print/', '/print', '/handbook.pdf']) assert.ok(isLeftOut(path), path);
  for (const path of ['/printing/', '/contents/', '/handbook/allegations/']) assert.ok(!isLeftOut(path), path);
});

test('progress counts pages and bytes', () => {
  const files = [
    { url: '/', revision: 'a', bytes: 100 },
    { url: '/404.html', revision: 'b', bytes: 50 },
    { url: '/_astro/x.css', revision: 'c', bytes: 25 },
  ];
  assert.deepEqual(tally(files), { pages: 2, bytes: 175 });
  assert.ok(isPage('/guides/') && !isPage('/pagefind/pagefind.js'));
});

test('a page from the saved copy says so, in its slot or at the top of main', () => {
  const notice = noticeHtml('Saved copy from 1 December 2026. <b>', { href: '/accessibility/#saved-copy', text: 'About the saved copy' });
  assert.equal(
    notice,
    '<div class="saved-copy-notice" role="note"><p>Saved copy from 1 December 2026. &lt;b&gt; <a href="/accessibility/#saved-copy">About the saved copy</a></p></div>',
  );
  assert.equal(withNotice(`<main id="main">${noticeSlot}<h1>T</h1></main>`, 'N'), '<main id="main">N<h1>T</h1></main>');
  assert.equal(withNotice('<body><main class="x"><h1>T</h1></main>', 'N'), '<body><main class="x">N<h1>T</h1></main>');
  assert.equal(withNotice('<body class="y"><h1>T</h1>', 'N'), '<body class="y">N<h1>T</h1>');
});

test('pages, scripts and styles are kept compressed on the device; files compressed already are kept as they are', () => {
  const files = [
    { url: '/', revision: 'a', bytes: 20_000, gzipBytes: 5_000 },
    { url: '/_astro/site.css', revision: null, bytes: 10_000, gzipBytes: 2_500 },
    { url: '/pagefind/fragment/en_1.pf_fragment', revision: null, bytes: 2_000 },
    { url: '/icons/icon-192.png', revision: 'b', bytes: 4_000 },
  ];
  const plan = planSavedCopy(files);
  assert.deepEqual(plan.files, [
    { url: '/', revision: 'a', bytes: 5_000, gzip: true },
    { url: '/_astro/site.css', revision: null, bytes: 2_500, gzip: true },
    { url: '/pagefind/fragment/en_1.pf_fragment', revision: null, bytes: 2_000 },
    { url: '/icons/icon-192.png', revision: 'b', bytes: 4_000 },
  ]);
  assert.equal(plan.pages, 1);
  assert.equal(plan.storedBytes, 5_000 + 2_500 + 2_000 + 4_000 + 4 * storedEntryBytes);
  assert.equal(plan.builtBytes, 36_000 + 4 * storedEntryBytes);
  assert.equal(plan.problem, '');
  for (const url of ['/', '/handbook/a/', '/404.html', '/_astro/a.js', '/search-vocabulary.json', '/favicon.svg', '/manifest.webmanifest'])
    assert.ok(keepsCompressed(url), url);
  for (const url of ['/pagefind/index/en_1.pf_index', '/pagefind/wasm.en-gb.pagefind', '/pagefind/x.pf_meta', '/icons/icon-192.png'])
    assert.ok(!keepsCompressed(url), url);
  const missing = planSavedCopy([{ url: '/b/', revision: 'b', bytes: 900 }]);
  assert.deepEqual(missing.files, [{ url: '/b/', revision: 'b', bytes: 900, gzip: true }], 'never counted as less than it takes');
});

test('a handbook of 2,000 pages fits the budget compressed, and would not as built; every page is kept', () => {
  // The sizes of a real 2,000-page build (npm run benchmark:build -- --pages 2000 --keep): 2,099 pages
  // of 19.3 KB on average, 5.0 KB gzipped; a search fragment for each content page, 1.9 KB (gzipped by
  // Pagefind already); 102 index chunks of 11.9 KB; Pagefind's loader, worker and WebAssembly 180 KB.
  const pages = Array.from({ length: 2_099 }, (_, i) => ({
    url: `/handbook/page-${i}/`,
    revision: `${i}`,
    bytes: 19_280,
    gzipBytes: 4_960,
  }));
  const fragments = Array.from({ length: 2_003 }, (_, i) => ({
    url: `/pagefind/fragment/en_${i}.pf_fragment`,
    revision: null,
    bytes: 1_937,
  }));
  const index = Array.from({ length: 102 }, (_, i) => ({ url: `/pagefind/index/en_${i}.pf_index`, revision: null, bytes: 11_873 }));
  const search = [
    { url: '/pagefind/pagefind.js', revision: 'p', bytes: 47_228, gzipBytes: 15_000 },
    { url: '/pagefind/wasm.en-gb.pagefind', revision: 'w', bytes: 59_758 },
  ];
  const plan = planSavedCopy([...pages, ...fragments, ...index, ...search]);
  assert.equal(plan.problem, '');
  assert.equal(plan.pages, 2_099, 'every page saved');
  assert.ok(plan.storedBytes <= savedCopyBudget, `${plan.storedBytes}`);
  assert.ok(plan.builtBytes > savedCopyBudget, 'as built, it would not fit: compression is what makes it fit');
});

test('a saved copy over its budget is refused with what to do, never cut to fit', () => {
  const files = [
    { url: '/a/', revision: 'a', bytes: 600, gzipBytes: 400 },
    { url: '/b/', revision: 'b', bytes: 600, gzipBytes: 400 },
  ];
  const within = planSavedCopy(files, 800 + 2 * storedEntryBytes);
  assert.equal(within.problem, '');
  const over = planSavedCopy(files, 799 + 2 * storedEntryBytes);
  assert.match(over.problem, /over its .* budget: make pages smaller, or save the handbook by part/);
  assert.equal(over.files.length, 2, 'nothing is dropped to fit');
});

test('a page kept compressed reads back byte for byte, marked only while it is kept', async () => {
  const page = `<!DOCTYPE html><main>${'Ring your supervising social worker. '.repeat(200)}</main>`;
  const online = new Response(page, { status: 200, headers: { 'Content-Type': 'text/html', 'Content-Length': `${page.length}` } });
  const kept = compressedForKeeping(online);
  assert.equal(kept.headers.get(keptCompressedHeader), 'gzip');
  assert.equal(kept.headers.get('Content-Length'), null);
  const stored = new Uint8Array(await kept.arrayBuffer());
  assert.ok(stored.length < page.length / 4, `${stored.length} bytes kept for ${page.length}`);
  assert.ok(Math.abs(stored.length - gzipSync(page, { level: 6 }).length) < 64, 'about what the build counts (gzip level 6)');
  const read = expandedFromKeeping(new Response(stored, { status: 200, headers: kept.headers }));
  assert.equal(read.headers.get(keptCompressedHeader), null);
  assert.equal(read.headers.get('Content-Type'), 'text/html');
  assert.equal(await read.text(), page);
  const plain = new Response('as it came', { headers: { 'Content-Type': 'text/plain' } });
  assert.equal(expandedFromKeeping(plain), plain);
});
