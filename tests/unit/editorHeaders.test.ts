import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  editorContentSecurityPolicy,
  headersFor,
  netlifyHeaders,
  nginxSnippet,
  securityHeaders,
  staticWebAppConfig,
} from '../../scripts/lib/securityHeaders.ts';

const security = securityHeaders({ scripts: ['a()'], styles: [] });
const files = ['/index.html', '/handbook/a/index.html', '/_astro/x.js', '/admin/index.html', '/admin/editor.js'];

test('the editor’s folder has a policy of its own; every other path keeps the site’s', () => {
  const editor = headersFor('/admin/', security);
  assert.equal(editor['Content-Security-Policy'], editorContentSecurityPolicy());
  assert.equal(editor['Cross-Origin-Opener-Policy'], 'same-origin-allow-popups');
  assert.equal(editor['X-Robots-Tag'], 'noindex, nofollow');
  assert.equal(headersFor('/admin/editor.js', security)['Content-Security-Policy'], editorContentSecurityPolicy());
  for (const path of ['/', '/handbook/a/', '/administration/', '/_astro/x.js']) {
    assert.deepEqual(headersFor(path, security), { ...security, 'Cache-Control': headersFor(path, security)['Cache-Control'] }, path);
  }
  const policy = editorContentSecurityPolicy();
  assert.match(policy, /script-src 'self';/);
  assert.match(policy, /connect-src 'self' data: blob: https:\/\/api\.github\.com;/);
  assert.doesNotMatch(policy, /unsafe-eval|script-src[^;]*unsafe-inline/);
});

test('each host is told the editor’s headers for /admin/ only', () => {
  const netlify = netlifyHeaders(security, files);
  assert.ok(
    netlify
      .trimEnd()
      .endsWith(
        `/admin/*\n  Content-Security-Policy: ${editorContentSecurityPolicy()}\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n  X-Robots-Tag: noindex, nofollow`,
      ),
  );
  const azure = staticWebAppConfig(security, files) as { routes: { route: string; headers?: Record<string, string> }[] };
  assert.equal(azure.routes.find((r) => r.route === '/admin/*')?.headers?.['Content-Security-Policy'], editorContentSecurityPolicy());
  const nginx = nginxSnippet(security, files);
  const block = nginx.slice(nginx.indexOf('location ^~ /admin/ {'));
  assert.match(
    block.slice(0, block.indexOf('}')),
    /Content-Security-Policy "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'/,
  );
  assert.ok(
    !netlifyHeaders(
      security,
      files.filter((f) => !f.startsWith('/admin/')),
    ).includes('/admin/*\n  Content-Security-Policy'),
    'no editor, no rule',
  );
});
