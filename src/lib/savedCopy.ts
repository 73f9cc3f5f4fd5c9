/**
 * The saved copy (the handbook kept on a carer's device for use with no connection): the rules its service
 * worker (src/serviceWorker/sw.ts), its build step (scripts/lib/serviceWorker.ts) and the page control
 * (src/components/SaveForOffline/) share. Pure, so they are unit-tested in Node.
 */
import { pdfPath } from './edition.ts';

/** Every cache the saved copy makes starts with this, so "Remove the saved copy" can find them all. */
export const cachePrefix = 'handbook-saved-copy';
/** The service worker tells open pages how saving is going on this channel. */
export const progressChannel = 'handbook-saved-copy';
export const serviceWorkerUrl = '/sw.js';

/**
 * Pages left out of the saved copy on purpose, each with its page that says so offline: the printable
 * handbook and the PDF repeat every page of the handbook (they would double the saved copy), and print is
 * for when you are online. Offline, opening one shows "not saved on this device" and what to use instead,
 * rather than "Page not found".
 */
export const notSavedPage = '/not-in-saved-copy/';

export function isLeftOut(pathname: string): boolean {
  return pathname === '/print' || pathname.startsWith('/print/') || pathname === pdfPath;
}

/** Where BaseLayout leaves room for the saved-copy notice (an HTML comment: nothing on a page online). */
export const noticeSlot = '<!--saved-copy-notice-->';

/** What the service worker posts to open pages as it saves (the page asks for the outcome with STATUS). */
export type SavedCopyMessage = { type: 'progress'; pagesSaved: number; pages: number; bytes: number; totalBytes: number };

/**
 * A precache entry as the build step writes it: Workbox's url and revision, plus the bytes it takes on the
 * device (`bytes`: Workbox removes a `size` field from the entries it writes), and `gzip` when the service
 * worker keeps it compressed (planSavedCopy).
 */
export interface SavedFile {
  url: string;
  revision: string | null;
  bytes: number;
  gzip?: true;
}

/**
 * The most the saved copy may take on a carer's device, as the browser counts it (docs/architecture.md,
 * "The saved copy's budget", gives the reasoning from phone browsers' storage quotas): 25 MB, so that two
 * editions side by side (an update saves beside the copy it replaces) take at most 5% of the smallest
 * quota a phone browser gives a site, 1 GiB in Safari before iOS 17.
 */
export const savedCopyBudget = 25_000_000;

/**
 * What the browser keeps for each saved file besides its body: the request, the response's headers, the
 * entry in the cache's index, and the file's line in the service worker's own list. Measured in Chromium
 * (tests/browser/offline.spec.ts): 1.45 KB a file for today's handbook; 1.6 KB leaves a margin.
 */
export const storedEntryBytes = 1_600;

/**
 * A built file the saved copy holds: its address as served, revision and size as built, and, for a file
 * kept compressed, its size gzipped at CompressionStream's level (6): what it takes on the device.
 */
export interface BuiltFile {
  url: string;
  revision: string | null;
  bytes: number;
  gzipBytes?: number;
}

/**
 * Text is kept compressed on the device (a page takes about a quarter of its size): pages, scripts,
 * styles, JSON, SVG and the web app manifest. Pagefind's index chunks, fragments and WebAssembly are
 * gzipped by Pagefind already and PNG is compressed, so they are kept as they are.
 */
export function keepsCompressed(url: string): boolean {
  return isPage(url) || /\.(js|css|json|svg|webmanifest)$/.test(url);
}

export interface SavedCopyPlan {
  files: SavedFile[];
  pages: number;
  /** What the saved copy takes on the device: every body as kept, and each entry's own bytes. */
  storedBytes: number;
  /** What the same files would take kept as they are built. */
  builtBytes: number;
  budget: number;
  /** Empty within the budget; otherwise what is wrong, in one sentence for the build's output. */
  problem: string;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * How the saved copy keeps what a carer needs offline: every file it holds (every page, whole, as it is
 * online, and the search, styles, scripts and icons), each compressed on the device when that helps
 * (keepsCompressed), and whether the whole fits the budget. No page is ever dropped or cut to fit: a
 * carer reading about a child's safety offline needs the whole page, so a handbook over the budget fails
 * the build with what to do instead.
 */
export function planSavedCopy(built: readonly BuiltFile[], budget = savedCopyBudget): SavedCopyPlan {
  const files = built.map(({ url, revision, bytes, gzipBytes }): SavedFile => {
    if (!keepsCompressed(url)) return { url, revision, bytes };
    // Counted at its size as built if its gzipped size is missing: never less than it takes.
    return { url, revision, bytes: gzipBytes ?? bytes, gzip: true };
  });
  const storedBytes = files.reduce((sum, file) => sum + file.bytes + storedEntryBytes, 0);
  const builtBytes = built.reduce((sum, file) => sum + file.bytes + storedEntryBytes, 0);
  const problem =
    storedBytes > budget
      ? `The saved copy would take ${megabytes(storedBytes)} on a carer's device (${files.length} files, compressed), over its ` +
        `${megabytes(budget)} budget: make pages smaller, or save the handbook by part (docs/architecture.md, "The saved copy's budget").`
      : '';
  return { files, pages: files.filter((file) => isPage(file.url)).length, storedBytes, builtBytes, budget, problem };
}

/** A built file's address on the site: "handbook/x/index.html" is served as "/handbook/x/". */
export function siteUrl(file: string): string {
  const path = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.replace(/(^|\/)index\.html$/, '$1');
}

/** Pages are the saved HTML documents; the rest are styles, scripts, the search index and icons. */
export function isPage(url: string): boolean {
  return url.endsWith('/') || url.endsWith('.html');
}

/**
 * Files whose name changes whenever their content does (Astro's bundles, Pagefind's index chunks and
 * fragments): the saved copy can serve these without asking the network. Everything else tries the
 * network first, so an online reader always gets the edition that is online.
 */
export function isImmutable(pathname: string): boolean {
  return (
    pathname.startsWith('/_astro/') ||
    /^\/pagefind\/(index|fragment|filter)\//.test(pathname) ||
    /^\/pagefind\/[^/]+\.pf_meta$/.test(pathname)
  );
}

/**
 * Files saved with the edition whose names stay the same from one edition to the next: everything search
 * needs to start (Pagefind's loader, worker, entry file and WebAssembly, and the vocabulary for "Did you
 * mean …?"), Pagefind's highlighting for a page opened from a search, the icons and the manifest. With a saved copy, these come from it at once, so a search on a
 * connection that hangs waits for nothing: they belong to the saved edition, as its index chunks do, and
 * the service worker checks for a newer edition in the background. Pages are not among them: they try the
 * network first, so an online reader sees the edition that is online.
 */
export function isEditionFile(pathname: string): boolean {
  return (
    /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|pagefind-entry\.json|wasm\.[a-z0-9-]+\.pagefind)$/i.test(
      pathname,
    ) ||
    ['/search-vocabulary.json', '/manifest.webmanifest', '/favicon.svg'].includes(pathname) ||
    /^\/icons\/[^/]+\.png$/.test(pathname)
  );
}

/**
 * The address a request is saved under: without the query (the search page's ?q=, Pagefind's ?ts= cache
 * tag) or fragment, and with the trailing slash the site's directory pages have.
 */
export function savedCopyKey(requestUrl: string): string {
  const url = new URL(requestUrl);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/index.html')) url.pathname = url.pathname.slice(0, -'index.html'.length);
  else if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}

/** Counts and sizes for the progress message, from the files saved so far. */
export function tally(files: readonly SavedFile[]): { pages: number; bytes: number } {
  return { pages: files.filter((f) => isPage(f.url)).length, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The notice's markup: the styles are in src/components/SavedCopyNotice/. */
export function noticeHtml(text: string, link?: { href: string; text: string }): string {
  const more = link ? ` <a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>` : '';
  return `<div class="saved-copy-notice" role="note"><p>${escapeHtml(text)}${more}</p></div>`;
}

/**
 * A page with the notice in its slot. A page without the slot (built before it existed) gets it at the
 * top of <main>, so a saved copy never passes for the live site.
 */
export function withNotice(html: string, notice: string): string {
  if (html.includes(noticeSlot)) return html.replace(noticeSlot, notice);
  const main = /<main\b[^>]*>/.exec(html);
  if (main) return html.replace(main[0], `${main[0]}${notice}`);
  return html.replace(/<body\b[^>]*>/, (body) => `${body}${notice}`);
}

/** Marks a response kept compressed in the saved copy (never sent by a server, never shown to a page). */
export const keptCompressedHeader = 'X-Saved-Copy-Encoding';

/**
 * The response as the saved copy keeps it: its body gzipped, marked so it is expanded when read. Where the
 * browser has no CompressionStream (Safari before 16.4), the response is kept as it came.
 */
export function compressedForKeeping(response: Response): Response {
  if (typeof CompressionStream === 'undefined' || !response.body) return response;
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  headers.set(keptCompressedHeader, 'gzip');
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** A response from the saved copy as the page needs it: expanded if it was kept compressed. */
export function expandedFromKeeping(response: Response): Response {
  if (response.headers.get(keptCompressedHeader) !== 'gzip' || !response.body) return response;
  const headers = new Headers(response.headers);
  headers.delete(keptCompressedHeader);
  headers.delete('Content-Length');
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
