/// <reference lib="webworker" />
/**
 * The saved copy's service worker, registered only when a carer chooses "Save the handbook on this
 * device" (src/components/SaveForOffline/). Bundled and given its file list by scripts/lib/serviceWorker.ts
 * after the build.
 *
 * - Saving: Workbox precaches every page, the styles and scripts, and the whole search index, several
 *   files at a time, telling open pages how far it has got ("34 of 196 pages, 1.2 MB"). Pages are kept
 *   compressed (the files the build marked `gzip`) and expanded as they are read, so a handbook of 2,000
 *   pages fits the saved copy's budget (savedCopyBudget).
 * - Reading: pages try the network first and fall back to the saved copy after a short wait; a page from
 *   the saved copy says so at the top. Hashed files, and the files search needs to start (isEditionFile),
 *   come straight from the saved copy, so a search on a connection that hangs waits for nothing; the
 *   worker checks for a newer edition in the background. A page left out on purpose (/print/, the PDF)
 *   says so offline, with what to use instead.
 * - Updating: a new edition installs beside the old one and waits; pages say a newer edition is online and
 *   the carer chooses when to switch (SKIP_WAITING from the page). Nothing reloads by itself.
 */
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import {
  cachePrefix,
  compressedForKeeping,
  expandedFromKeeping,
  isEditionFile,
  isImmutable,
  isLeftOut,
  notSavedPage,
  noticeHtml,
  progressChannel,
  savedCopyKey,
  tally,
  withNotice,
  type SavedCopyMessage,
  type SavedFile,
} from '../lib/savedCopy.ts';
import { savedCopyNotice } from '../lib/edition.ts';

declare const self: ServiceWorkerGlobalScope;
/** Set by the build step: the edition this worker saves. */
declare const __SAVED_COPY_EDITION__: { id: string; date: string };

const edition = __SAVED_COPY_EDITION__;
/** Workbox types its manifest loosely (strings allowed); the build writes only SavedFile entries (serviceWorker.ts). */
const files = self.__WB_MANIFEST as SavedFile[];
/** How long a page waits for the network before the saved copy is shown instead. */
const networkTimeoutSeconds = 3;
/** Files fetched at once while saving: fast on a phone network without flooding the server. */
const parallelDownloads = 6;
const manageLink = { href: '/accessibility/#saved-copy', text: 'About the saved copy' };

/** The files the build chose to keep compressed on the device (planSavedCopy), by address. */
const keptCompressed = new Set(files.filter((file) => file.gzip).map((file) => savedCopyKey(new URL(file.url, self.location.href).href)));

/**
 * Compressed storage: a page is gzipped as it is saved (a quarter of its size on the device) and expanded
 * whenever it is read. This plugin takes the place of Workbox's own check that a response may be saved,
 * so it refuses error responses as that check does.
 */
const compressedStorage: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    if (response.status >= 400) return null;
    return keptCompressed.has(savedCopyKey(request.url)) ? compressedForKeeping(response) : response;
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse && expandedFromKeeping(cachedResponse),
};

const controller = new PrecacheController({ cacheName: cachePrefix, plugins: [compressedStorage] });
/** A file from the saved copy, expanded if it was kept compressed. */
const fromPrecache = async (url: string) => {
  const saved = await controller.matchPrecache(url);
  return saved && expandedFromKeeping(saved);
};
controller.addToCacheList(files);
const channel = new BroadcastChannel(progressChannel);
const post = (message: SavedCopyMessage) => channel.postMessage(message);

/** Workbox's install, but several files at a time and reporting progress as each one is saved. */
async function saveEverything(event: ExtendableEvent): Promise<void> {
  const keys = controller.getURLsToCacheKeys();
  const { pages, bytes: totalBytes } = tally(files);
  const done: SavedFile[] = [];
  const queue = [...files];
  async function worker() {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.url, self.location.href).href;
      const cacheKey = keys.get(url)!;
      const request = new Request(url, { cache: file.revision ? 'reload' : 'default', credentials: 'same-origin' });
      await Promise.all(controller.strategy.handleAll({ params: { cacheKey }, request, event }));
      done.push(file);
      const progress = tally(done);
      post({ type: 'progress', pagesSaved: progress.pages, pages, bytes: progress.bytes, totalBytes });
    }
  }
  await Promise.all(Array.from({ length: parallelDownloads }, worker));
}

self.addEventListener('install', (event) => event.waitUntil(saveEverything(event)));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await controller.activate(event);
      // The first save takes charge of the open page at once, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data?.type === 'STATUS') {
    const { pages, bytes } = tally(files);
    event.ports[0]?.postMessage({ edition, pages, bytes });
  }
});

async function html(response: Response, change: (text: string) => string): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(change(await response.text()), { status: response.status, statusText: response.statusText, headers });
}

const isHtml = (response: Response) => (response.headers.get('Content-Type') ?? '').includes('text/html');

/**
 * The saved copy of a request, a page marked as the saved copy. For a page left out on purpose (/print/,
 * the PDF), the saved page that says so; for any other page not saved, the saved "not found" page.
 */
async function fromSavedCopy(request: Request): Promise<Response | undefined> {
  let saved = await fromPrecache(savedCopyKey(request.url));
  if (!saved && request.mode === 'navigate')
    saved = await fromPrecache(isLeftOut(new URL(request.url).pathname) ? notSavedPage : '/404.html');
  if (!saved || !isHtml(saved)) return saved;
  return html(saved, (text) => withNotice(text, noticeHtml(savedCopyNotice(edition), manageLink)));
}

/** Online, a page says when a newer edition has been saved beside this one and is waiting for the carer. */
const updateNotice = noticeHtml('A newer edition of the handbook is online.', {
  href: '/accessibility/#saved-copy',
  text: 'Update the saved copy on this device',
});

/** Network first: the network's answer, or after `networkTimeoutSeconds` (or at once, offline) the saved copy's. */
const networkFirst = new NetworkOnly({
  networkTimeoutSeconds,
  plugins: [
    {
      handlerDidError: async ({ request }) => fromSavedCopy(request),
      fetchDidSucceed: async ({ request, response }) => {
        if (request.mode !== 'navigate' || !isHtml(response) || self.registration.waiting?.state !== 'installed') return response;
        return html(response, (text) => withNotice(text, updateNotice));
      },
    },
  ],
});

/** The browser checks for a newer edition when a page opens; a search checks too, at most once a minute. */
const checkEvery = 60_000;
let lastCheck = 0;
function checkForNewerEdition() {
  if (Date.now() - lastCheck < checkEvery) return;
  lastCheck = Date.now();
  self.registration.update().catch(() => {});
}

/**
 * The files search needs to start come from the saved edition at once (cache first), as its index chunks
 * do, while the worker checks for a newer edition in the background. Once a newer edition is waiting, the
 * network is asked first, as for pages, so an online reader searches the edition that is online.
 */
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.mode !== 'navigate' && isEditionFile(url.pathname),
  async ({ request, event }) => {
    if (!self.registration.waiting) {
      const saved = await fromPrecache(savedCopyKey(request.url));
      if (saved) {
        checkForNewerEdition();
        return saved;
      }
    }
    return networkFirst.handle({ request, event });
  },
);
registerRoute(({ url, sameOrigin }) => sameOrigin && !isImmutable(url.pathname), networkFirst);
registerRoute(new PrecacheRoute(controller, { ignoreURLParametersMatching: [/.*/], directoryIndex: '', cleanURLs: false }));
