import { test } from 'node:test';
import assert from 'node:assert/strict';
import { undeclaredCode, undeclaredCodeInSite } from '../../scripts/lib/builtPageCode.ts';

const declared = { scripts: ["document.title='a'"], styles: [] };
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}<script>document.title='a'</script><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;

test('a page holding only declared inline code and the site’s own script files passes', () => {
  assert.deepEqual(undeclaredCode(page('<p>Text <a href="/handbook/a/">A</a> <a href="tel:999">999</a></p>'), declared), []);
});

test('every other way code can reach a built page is found, however it is written', () => {
  const cases: [string, RegExp][] = [
    [page('<script>alert(1)</script>'), /inline <script> that no component declares: "alert\(1\)"/],
    [page('<SCRIPT >alert(1)</SCRIPT >'), /inline <script>/],
    [page('<svg><script>alert(1)</script></svg>'), /inline <script>/],
    [page('<script src="https://evil.example/x.js"></script>'), /loaded from outside the site/],
    [page('<script src="//evil.example/x.js"></script>'), /loaded from outside the site/],
    [page('<img src="/a.png" onerror="alert(1)">'), /event-handler attribute onerror/],
    [page('<details ontoggle=alert(1) open>'), /event-handler attribute ontoggle/],
    [page('<a href="  JaVa\tScRiPt:alert(1)">x</a>'), /href=.* that would run code/],
    [page('<form action="javascript:alert(1)"></form>'), /action=.* that would run code/],
    [page('<iframe src="data:text/html,<script>alert(1)</script>"></iframe>'), /<iframe> element/],
    [page('', '<meta http-equiv="Refresh" content="0; url=https://evil.example">'), /meta http-equiv="refresh"/],
    [page('', '<style>body{display:none}</style>'), /inline <style>/],
    [page('<p style="display:none">x</p>'), /style attribute/],
    [page('<template><img src=x onerror=alert(1)></template>'), /onerror/],
  ];
  for (const [html, what] of cases)
    assert.ok(
      undeclaredCode(html, declared).some((line) => what.test(line)),
      `${html}\n${undeclaredCode(html, declared).join('\n')}`,
    );
});

test('the site-wide check names the file of each finding', () => {
  assert.deepEqual(
    undeclaredCodeInSite(
      [
        ['dist/a/index.html', page('')],
        ['dist/print/index.html', page('<b onclick="x()">b</b>')],
      ],
      declared,
    ),
    ['dist/print/index.html: an event-handler attribute onclick="x()" on <b>'],
  );
});
