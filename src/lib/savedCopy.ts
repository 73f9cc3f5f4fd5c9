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
 * A precache entry as the build step writes it: Workbox's url and revision, plus its size in bytes
 * (`bytes`: Workbox removes a `size` field from the entries it writes).
 */
export interface SavedFile {
  url: string;
  revision: string | null;
  bytes: number;
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
