import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
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
  for (const path of ['/print/', '/print', '/foster-carers-handbook.pdf']) assert.ok(isLeftOut(path), path);
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
