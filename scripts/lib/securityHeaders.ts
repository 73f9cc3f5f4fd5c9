/**
 * The one definition of the headers the handbook is served with, and the three host configurations
 * written from it: `_headers` (Netlify, Cloudflare Pages), `staticwebapp.config.json` (Azure Static Web
 * Apps) and an nginx `server` snippet (`npm run serve`, and any council web server running nginx).
 *
 * The Content-Security-Policy allows no inline code except what the site's components declare
 * (src/components/inlineCode.ts), each by its SHA-256 hash: the list comes from the code, never from the
 * built pages, so a script or event handler that gets into a page any other way is refused by the build
 * (builtPageCode.ts) and would not run. Pagefind compiles WebAssembly ('wasm-unsafe-eval') in a worker
 * loaded from the site ('worker-src'); the offline copy's service worker and web app manifest are the
 * site's own files too.
 *
 * Everything here is a pure function of the declared code and the built files' names;
 * scripts/lib/writeSecurityHeaders.ts reads dist/ and writes the files.
 */
import { isImmutable } from '../../src/lib/savedCopy.ts';
import { createHash } from 'node:crypto';
import type { InlineCode } from '../../src/components/inlineCode.ts';

export type Headers = Record<string, string>;

/** The CSP source that allows one inline script or style: 'sha256-<base64 of its UTF-8 bytes>'. */
export function hashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

const distinctHashes = (codes: string[]) => [...new Set(codes.map(hashSource))].sort();

export function contentSecurityPolicy(inline: InlineCode): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...distinctHashes(inline.scripts)],
    ['style-src', "'self'", ...distinctHashes(inline.styles)],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * The browser editor at /admin/ (Sveltia CMS, scripts/lib/editor.ts) has a policy of its own, for that
 * folder only: its components inject their styles ('unsafe-inline' styles, no inline script), it talks to
 * GitHub's API and nothing else, and it opens GitHub's sign-in in a window it must hear back from
 * (Cross-Origin-Opener-Policy same-origin-allow-popups). Robots are asked not to index it. The public
 * pages' policy is unchanged.
 */
export const editorPrefix = '/admin/';

export function editorContentSecurityPolicy(): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", 'data:', 'blob:', 'https://api.github.com'],
    ['frame-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The headers of the editor's folder that differ from the site's. */
export function editorOnlyHeaders(): Headers {
  return {
    'Content-Security-Policy': editorContentSecurityPolicy(),
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

export const isEditorPath = (urlPath: string) => urlPath === editorPrefix.slice(0, -1) || urlPath.startsWith(editorPrefix);

/** Every response carries these. HSTS is ignored by browsers over plain http (a local server). */
export function securityHeaders(inline: InlineCode): Headers {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inline),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Files whose names change when their content does (`isImmutable`, the rule the saved copy follows too)
 * are kept for a year. Everything else, pages above all, is checked with the server on every use, so a
 * correction reaches carers at once. Pagefind's loader, worker, WebAssembly and entry file keep their
 * names from build to build, so they are revalidated: a cached old entry file would point at index
 * chunks that no longer exist.
 *
 * Every host names each immutable file exactly, never a folder: a request for a file that does not exist
 * (an asset of an older or newer build, during a deploy) is a 404 that no host lets a browser keep for a
 * year. nginx and Azure answer it with no-cache; Netlify and Cloudflare, whose rules match paths only,
 * give it no Cache-Control of ours, so their own default applies (revalidate on every use).
 */
export const immutable = 'public, max-age=31536000, immutable';
export const revalidate = 'no-cache';

export function cacheControl(urlPath: string): string {
  return isImmutable(urlPath) ? immutable : revalidate;
}

/** The immutable files of the site, which every host names exactly. */
export function immutableFiles(files: string[]): string[] {
  return files.filter((file) => isImmutable(file)).sort();
}

/** The headers a request for this path is answered with, on every host. */
export function headersFor(urlPath: string, security: Headers): Headers {
  return { ...security, ...(isEditorPath(urlPath) ? editorOnlyHeaders() : {}), 'Cache-Control': cacheControl(urlPath) };
}

/**
 * The gzip level nginx serves text at, and the level the page-weight budgets measure at, so a budget is
 * what a reader downloads. nginx's default level 1 leaves text about 6% larger, for next to no time saved.
 */
export const gzipLevel = 5;

/** Files the build writes for hosts, never pages: nginx does not serve them. */
export const hostFiles = ['/_headers', '/staticwebapp.config.json'];

const header = '# Generated by `npm run build` (scripts/lib/securityHeaders.ts) from the built pages: do not edit.';

/**
 * Netlify and Cloudflare Pages apply every rule whose path matches, and disagree about a header named
 * in two matching rules (one keeps the last, the other joins them with commas). So Cache-Control is
 * never in two rules that can match one path: each immutable file has its own rule, and every other
 * top-level file and folder of the site (and each other Pagefind file) is listed with "no-cache".
 * `files` are the site's files as URL paths ("/handbook/a/index.html").
 */
export function netlifyHeaders(security: Headers, files: string[]): string {
  const rules: [string, Headers][] = [['/*', security]];
  for (const file of immutableFiles(files)) rules.push([file, { 'Cache-Control': immutable }]);
  for (const path of revalidatedRulePaths(files)) rules.push([path, { 'Cache-Control': revalidate }]);
  // Last, so its policy replaces the site's for the editor (Netlify keeps the last rule's value).
  if (files.some(isEditorPath)) rules.push([`${editorPrefix}*`, editorOnlyHeaders()]);
  const lines = [header, ''];
  for (const [path, headers] of rules) {
    lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** "/" and each top-level file or folder outside the immutable ones, as `_headers` paths. */
export function revalidatedRulePaths(files: string[]): string[] {
  const paths = new Set<string>(['/']);
  for (const file of files) {
    if (hostFiles.includes(file) || cacheControl(file) === immutable) continue;
    const [top, ...rest] = file.slice(1).split('/');
    if (top === 'pagefind' || rest.length === 0) paths.add(file);
    else paths.add(`/${top}/*`);
  }
  return [...paths].sort();
}

/**
 * Azure Static Web Apps: `globalHeaders` go on every response, and a route's header replaces the global
 * one of the same name. A missing page is answered with the site's own 404 page (status 404). The
 * built-in sign-in routes under /.auth are turned off: the handbook has no accounts.
 */
export function staticWebAppConfig(security: Headers, files: string[]): object {
  return {
    $comment: header.slice(2),
    globalHeaders: { ...security, 'Cache-Control': revalidate },
    routes: [
      ...immutableFiles(files).map((file) => ({ route: file, headers: { 'Cache-Control': immutable } })),
      ...(files.some(isEditorPath) ? [{ route: `${editorPrefix}*`, headers: editorOnlyHeaders() }] : []),
      { route: '/.auth/*', statusCode: 404 },
    ],
    responseOverrides: { '404': { rewrite: '/404.html', statusCode: 404 } },
    mimeTypes: Object.fromEntries(
      ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'].map((extension) => [extension, 'application/octet-stream']),
    ),
  };
}

const nginxString = (value: string) => `"${value.replace(/["\\$]/g, '\\$&')}"`;

/**
 * An nginx snippet for inside a `server { }` block whose `root` is the built site. nginx drops the
 * `add_header`s of an outer level as soon as a location has its own, so each location repeats them
 * all; `always` puts them on the 404 page too.
 */
export function nginxSnippet(security: Headers, files: string[]): string {
  const location = (match: string, cache: string, extra: string[] = []) => [
    `location ${match} {`,
    ...extra.map((line) => `  ${line}`),
    ...Object.entries({ ...security, ...(match.endsWith(editorPrefix) ? editorOnlyHeaders() : {}), 'Cache-Control': cache }).map(
      ([name, value]) => `  add_header ${name} ${nginxString(value)} always;`,
    ),
    '}',
  ];
  return `${[
    header,
    '# Include it inside a server { } block whose root is the built site (dist/).',
    'index index.html;',
    'absolute_redirect off;',
    'server_tokens off;',
    'error_page 404 /404.html;',
    'gzip on;',
    `gzip_comp_level ${gzipLevel};`,
    'gzip_vary on;',
    'gzip_types text/css application/javascript application/json application/xml application/rss+xml image/svg+xml text/plain application/manifest+json;',
    ...location('/', revalidate, ['try_files $uri $uri/ =404;']),
    ...immutableFiles(files).flatMap((file) => location(`= ${file}`, immutable)),
    ...(files.some(isEditorPath) ? location(`^~ ${editorPrefix}`, revalidate, ['try_files $uri $uri/ =404;']) : []),
    ...hostFiles.map((file) => `location = ${file} { return 404; }`),
  ].join('\n')}\n`;
}
