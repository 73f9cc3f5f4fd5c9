import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  builtPages,
  decodeEntities,
  filesUnder,
  htmlFiles,
  idsIn,
  linksIn,
  mainOf,
  normalise,
  plainText,
  readableText,
  readEdition,
  readPage,
  sitemapPaths,
} from '../../scripts/lib/builtSite.ts';

test('character references decode as a browser reads them, in one pass', () => {
  assert.equal(decodeEntities('Carers&rsquo; rights &ndash; &pound;25 &eacute;t&eacute;&hellip;'), 'Carers’ rights – £25 été…');
  assert.equal(decodeEntities('&#8217; &#x2019;'), '’ ’');
  assert.equal(decodeEntities('&amp;lt;'), '&lt;', 'not decoded twice');
  assert.equal(decodeEntities('a&nbsp;b'), 'a\u00a0b');
  assert.equal(decodeEntities('&zzz; & &not;'), '&zzz; & ¬', 'what is not a reference stays as written');
  assert.equal(decodeEntities('&notit;'), '¬it;', 'old names without a semicolon, as browsers read them');
});

test('links and ids decode their attributes as a browser does: "&copy=" in an address stays', () => {
  const html =
    '<p id="who-pays&amp;when"><a href="/a/?x=1&copy=2&amp;y=3">Money &amp; <span class="visually-hidden">allowances</span></a></p>';
  assert.deepEqual(linksIn(html), [{ href: '/a/?x=1&copy=2&y=3', text: 'Money & allowances' }]);
  assert.deepEqual([...idsIn(html)], ['who-pays&when']);
});

test('the words a reader reads: no script, style or template, no hidden expansions, block ends as spaces', () => {
  const html =
    '<main><h1>Sleepovers</h1><p>Ask your <abbr>SSW</abbr><span class="visually-hidden">Supervising Social Worker</span>.</p>' +
    '<script>var x = "not read";</script><style>p{}</style><template><p>not shown</p></template><ul><li>One</li><li>Two</li></ul></main>';
  assert.equal(readableText(html), 'Sleepovers Ask your SSW. One Two');
  assert.equal(plainText('<p>“Don’t” — it&rsquo;s&hellip;</p>'), `"Don't" - it's...`);
  assert.equal(normalise('a [bookmark: _Toc1] b\n\n c'), 'a b c');
  assert.equal(mainOf('<header>x</header><main id="m"><p>y</p></main><footer>z</footer>'), '<main id="m"><p>y</p></main>');
});

test('a built site is read from any folder: its pages (not the editor), sitemap, edition and files', () => {
  const site = mkdtempSync(join(tmpdir(), 'built-site-'));
  try {
    for (const [file, text] of Object.entries({
      'index.html': '<h1>Home</h1>',
      'handbook/recording/index.html': '<h1>Recording</h1>',
      '404.html': '<h1>Page not found</h1>',
      'admin/index.html': 'the editor',
      'edition.json': '{"date":"2026-12-07"}',
      'sitemap-0.xml':
        '<urlset><url><loc>https://example.org/handbook/recording/</loc></url><url><loc>https://example.org/</loc></url></urlset>',
    })) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), text);
    }
    assert.deepEqual(
      htmlFiles(site).map((f) => f.slice(site.length + 1)),
      ['404.html', 'handbook/recording/index.html', 'index.html'],
    );
    assert.deepEqual(
      builtPages(site).map((p) => p.path),
      ['/', '/404.html', '/handbook/recording/'],
    );
    assert.deepEqual(sitemapPaths(site), ['/', '/handbook/recording/']);
    assert.deepEqual(readEdition(site), { date: '2026-12-07' });
    assert.equal(readPage('/handbook/recording/', site), '<h1>Recording</h1>');
    assert.equal(readPage(join(site, 'index.html'), site), '<h1>Home</h1>');
    assert.equal(readPage('edition.json', site), '{"date":"2026-12-07"}');
    assert.throws(() => htmlFiles(join(site, 'missing')), /run `npm run build` first/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('filesUnder: every file under a folder, relative to it, not into linked packages; none for a missing folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-files-'));
  try {
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
    writeFileSync(join(dir, 'top.txt'), '');
    writeFileSync(join(dir, 'a/b/deep.txt'), '');
    writeFileSync(join(dir, 'node_modules/x/index.js'), '');
    assert.deepEqual(filesUnder(dir).sort(), [join('a', 'b', 'deep.txt'), 'top.txt']);
    assert.deepEqual(filesUnder(join(dir, 'missing')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
