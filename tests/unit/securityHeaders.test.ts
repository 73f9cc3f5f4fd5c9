/**
 * The one definition of the headers, and the three host files written from it. Each file is read back
 * the way its host applies it (Netlify/Cloudflare: every matching rule; Azure: global headers, then the
 * first matching route; nginx: the longest matching prefix location), and every kind of file the site
 * has must get exactly the headers of the definition from all three.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cacheControl,
  contentSecurityPolicy,
  hashSource,
  headersFor,
  immutable,
  netlifyHeaders,
  nginxSnippet,
  revalidate,
  securityHeaders,
  staticWebAppConfig,
  type Headers,
} from '../../scripts/lib/securityHeaders.ts';
import { declaredInlineCode } from '../../src/components/inlineCode.ts';

const security = securityHeaders(declaredInlineCode);

test('the policy allows exactly the inline code the components declare, by the hash the browser checks', () => {
  assert.equal(hashSource(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  assert.equal(hashSource('alert(1)'), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  const scriptSources = security['Content-Security-Policy']
    .split('; ')
    .find((d) => d.startsWith('script-src '))!
    .split(' ')
    .slice(1);
  assert.deepEqual(scriptSources.filter((s) => s.startsWith("'sha256-")).sort(), declaredInlineCode.scripts.map(hashSource).sort());
  assert.ok(declaredInlineCode.scripts.length > 0, 'the reading settings are applied by an inline script');
});

test('the policy allows the site, its inline code by hash, Pagefind and the offline copy, and nothing inline or evaluated', () => {
  const policy = contentSecurityPolicy({ scripts: ['alert(1)', 'alert(1)'], styles: [] });
  const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'", hashSource('alert(1)')], 'each hash once');
  assert.deepEqual(directives.get('style-src'), ["'self'"]);
  for (const [name, value] of [
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]) {
    assert.deepEqual(directives.get(name), [value], name);
  }
  assert.doesNotMatch(security['Content-Security-Policy'], /'unsafe-inline'|'unsafe-eval'/);
  for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security'])
    assert.ok(security[name], name);
});

test('hashed assets and the Pagefind index are immutable; pages and files that keep their names are revalidated', () => {
  for (const path of [
    '/_astro/BaseLayout.D2rCEyt3.css',
    '/pagefind/index/en-gb_1a2b.pf_index',
    '/pagefind/fragment/en-gb_3c.pf_fragment',
    '/pagefind/filter/en-gb_4d.pf_filter',
    '/pagefind/pagefind.en-gb_1f66d1f79c2a5.pf_meta',
  ]) {
    assert.equal(cacheControl(path), immutable, path);
  }
  for (const path of [
    '/',
    '/handbook/recording/',
    '/404.html',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.js',
    '/pagefind/wasm.en-gb.pagefind',
    '/sw.js',
  ]) {
    assert.equal(cacheControl(path), revalidate, path);
  }
});

// A site with every kind of file the build writes (and the offline copy's, which come later).
const files = [
  '/index.html',
  '/404.html',
  '/favicon.svg',
  '/robots.txt',
  '/sitemap-0.xml',
  '/updates.xml',
  '/sw.js',
  '/manifest.webmanifest',
  '/handbook/recording/index.html',
  '/guides/index.html',
  '/standards/nms-4/index.html',
  '/_astro/BaseLayout.D2rCEyt3.css',
  '/_astro/ReadingControls.x1.js',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-worker.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/wasm.en-gb.pagefind',
  '/pagefind/pagefind.en-gb_e0ab.pf_meta',
  '/pagefind/index/en-gb_1a2b.pf_index',
  '/pagefind/fragment/en-gb_3c.pf_fragment',
  '/pagefind/filter/en-gb_4d.pf_filter',
  '/_headers',
  '/staticwebapp.config.json',
];
// Requests: each file, and each page by its address.
const requests = [
  ...files.filter((f) => !['/_headers', '/staticwebapp.config.json'].includes(f)),
  '/',
  '/handbook/recording/',
  '/guides/',
  '/standards/nms-4/',
];

/** Netlify/Cloudflare Pages: "/x/*" matches everything under /x/, "/x" only itself; every matching rule applies. */
function servedByNetlify(text: string, path: string): Headers {
  const rules: { pattern: string; headers: Headers }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers[name] = value;
    }
  }
  const served: Headers = {};
  for (const { pattern, headers } of rules) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const [name, value] of Object.entries(headers)) {
      assert.ok(!(name in served), `${path}: ${name} is set by two matching _headers rules, which hosts combine differently`);
      served[name] = value;
    }
  }
  return served;
}

/** Azure Static Web Apps: the global headers, replaced by those of the first route that matches. */
function servedByAzure(config: { globalHeaders: Headers; routes: { route: string; headers?: Headers }[] }, path: string): Headers {
  const route = config.routes.find((r) => (r.route.endsWith('*') ? path.startsWith(r.route.slice(0, -1)) : path === r.route));
  return { ...config.globalHeaders, ...route?.headers };
}

/** nginx: an exact location (=), else the one with the longest matching prefix; its own add_header lines only. */
function servedByNginx(snippet: string, path: string): Headers {
  const locations = [...snippet.matchAll(/^location (\^~ |= )?(\/\S*) \{\n([\s\S]*?)^\}/gm)].map(([, modifier, prefix, body]) => ({
    exact: modifier === '= ',
    prefix,
    headers: Object.fromEntries(
      [...body.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, n, v]) => [n, v.replace(/\\(.)/g, '$1')]),
    ),
  }));
  const exact = locations.find((l) => l.exact && l.prefix === path);
  if (exact) return exact.headers;
  const location = locations.filter((l) => !l.exact && path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return location.headers;
}

test('_headers, staticwebapp.config.json and the nginx snippet give every file the headers of the one definition', () => {
  const netlify = netlifyHeaders(security, files);
  const azure = JSON.parse(JSON.stringify(staticWebAppConfig(security, files)));
  const nginx = nginxSnippet(security, files);
  for (const path of requests) {
    const expected = headersFor(path, security);
    assert.deepEqual(servedByNetlify(netlify, path), expected, `_headers: ${path}`);
    assert.deepEqual(servedByAzure(azure, path), expected, `staticwebapp.config.json: ${path}`);
    assert.deepEqual(servedByNginx(nginx, path), expected, `nginx: ${path}`);
  }
});

test('a missing page gets the site’s 404 page with status 404, and host files are not served', () => {
  const azure = staticWebAppConfig(security, files) as { responseOverrides: Record<string, { rewrite: string; statusCode: number }> };
  assert.deepEqual(azure.responseOverrides['404'], { rewrite: '/404.html', statusCode: 404 });
  const nginx = nginxSnippet(security, files);
  assert.match(nginx, /^error_page 404 \/404\.html;$/m);
  assert.match(nginx, /^location = \/_headers \{ return 404; \}$/m);
  assert.match(nginx, /^\s+try_files \$uri \$uri\/ =404;$/m);
});

test('the readers of the three files notice a file that disagrees', () => {
  const weakened = { ...security, 'Content-Security-Policy': "default-src 'self' 'unsafe-inline'" };
  assert.notDeepEqual(servedByNginx(nginxSnippet(weakened, files), '/'), headersFor('/', security));
  assert.throws(
    () => servedByNetlify(`/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: ${immutable}\n`, '/_astro/a.js'),
    /two matching/,
  );
});

test('a 404 is never kept for a year on any host, even under the folders of hashed files', () => {
  const netlify = netlifyHeaders(security, files);
  const azure = JSON.parse(JSON.stringify(staticWebAppConfig(security, files)));
  const nginx = nginxSnippet(security, files);
  const missing = [
    '/_astro/BaseLayout.OLD123.css',
    '/pagefind/fragment/en-gb_old.pf_fragment',
    '/pagefind/index/en-gb_old.pf_index',
    '/handbook/no-such-page/',
    '/no-such-file.txt',
  ];
  for (const path of missing) {
    // nginx answers any 404 with /404.html (error_page), through the location that serves that file.
    const served = { netlify: servedByNetlify(netlify, path), azure: servedByAzure(azure, path), nginx: servedByNginx(nginx, '/404.html') };
    for (const [host, headers] of Object.entries(served)) {
      assert.notEqual(headers['Cache-Control'], immutable, `${host}: ${path}`);
      assert.equal(headers['Content-Security-Policy'], security['Content-Security-Policy'], `${host}: ${path}`);
    }
    assert.equal(served.azure['Cache-Control'], revalidate, path);
    assert.equal(served.nginx['Cache-Control'], revalidate, path);
    // Netlify and Cloudflare match paths only: a missing file gets no Cache-Control of ours, or no-cache.
    assert.ok([undefined, revalidate].includes(served.netlify['Cache-Control']), `_headers: ${path}`);
  }
});
