import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionFrom, editionLabel, formatSize, pdfLinkText, savedCopyNotice, savingProgress } from '../../src/lib/edition.ts';
import { isImmutable, isPage, noticeHtml, noticeSlot, savedCopyKey, siteUrl, tally, withNotice } from '../../src/lib/savedCopy.ts';
import { pdfLinkHtml, pdfLinkSlot, stampPdfLink } from '../../src/lib/pdfEdition.ts';
import { killSwitchSource, savedCopyManifest } from '../../scripts/lib/serviceWorker.ts';

test('the edition is the build day, or the one set for the build', () => {
  const now = new Date('2026-12-01T09:30:15.123Z');
  assert.deepEqual(editionFrom({}, now), { id: '20261201T093015Z', date: '2026-12-01' });
  assert.deepEqual(editionFrom({ EDITION_DATE: '2026-12-02', EDITION_ID: 'b' }, now), { id: 'b', date: '2026-12-02' });
  assert.throws(() => editionFrom({ EDITION_DATE: '1 Dec 2026' }, now), /yyyy-mm-dd/);
  assert.throws(() => editionFrom({ EDITION_ID: 'a b' }, now), /EDITION_ID/);
  assert.equal(editionLabel({ date: '2026-12-01' }), '1 December 2026');
});

test('sizes, progress, the notice and the PDF link read as the handbook says them', () => {
  assert.equal(formatSize(2_300_000), '2.3 MB');
  assert.equal(formatSize(1_249_999), '1.2 MB');
  assert.equal(formatSize(850_400), '850 KB');
  assert.equal(formatSize(10), '1 KB');
  assert.equal(savingProgress(34, 196, 1_200_000), '34 of 196 pages, 1.2 MB');
  assert.equal(
    savedCopyNotice({ date: '2026-12-01' }),
    'Saved copy from 1 December 2026. You are offline, so this may not be the latest guidance. In an emergency call 999.',
  );
  assert.equal(pdfLinkText(2_300_000, { date: '2026-12-01' }), 'Download the handbook (PDF, 2.3 MB, 1 December 2026)');
});

test('saved files are keyed as the site serves them', () => {
  assert.equal(siteUrl('index.html'), '/');
  assert.equal(siteUrl('handbook/allegations/index.html'), '/handbook/allegations/');
  assert.equal(siteUrl('404.html'), '/404.html');
  assert.equal(siteUrl('pagefind\\index\\en_1.pf_index'), '/pagefind/index/en_1.pf_index');
  assert.deepEqual(savedCopyManifest([{ url: 'guides/money/index.html', revision: 'r1', size: 12 }]), [
    { url: '/guides/money/', revision: 'r1', bytes: 12 },
  ]);
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

test('the PDF link replaces every marker, and a page without a PDF keeps only the invisible marker', () => {
  const link = pdfLinkHtml(2_300_000, { date: '2026-12-01' });
  assert.equal(
    link,
    '<p class="pdf-edition"><a href="/foster-carers-handbook.pdf" type="application/pdf">Download the handbook (PDF, 2.3 MB, 1 December 2026)</a></p>',
  );
  assert.ok(pdfLinkSlot.startsWith('<!--') && pdfLinkSlot.endsWith('-->'), 'unstamped, the marker is a comment: no broken link');
  assert.deepEqual(stampPdfLink(`<main>${pdfLinkSlot}</main><footer>${pdfLinkSlot}</footer>`, link), {
    html: `<main>${link}</main><footer>${link}</footer>`,
    count: 2,
  });
  assert.deepEqual(stampPdfLink('<p>no marker</p>', link), { html: '<p>no marker</p>', count: 0 });
});

test('the kill switch deletes only the saved copy’s caches, unregisters, and handles no requests', () => {
  const source = killSwitchSource('handbook-saved-copy');
  assert.match(source, /skipWaiting\(\)/);
  assert.match(source, /key\.startsWith\("handbook-saved-copy"\)\) await caches\.delete\(key\)/);
  assert.match(source, /self\.registration\.unregister\(\)/);
  assert.doesNotMatch(source, /addEventListener\('fetch'/);
});
