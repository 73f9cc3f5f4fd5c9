/**
 * After the build: the saved copy's service worker, dist/sw.js. esbuild bundles src/serviceWorker/sw.ts
 * (with Workbox) and Workbox's injectManifest gives it the list of files to save, each with its revision
 * and size. Run it after Pagefind and after the PDF link is stamped (pages change then), before anything
 * that hashes the final files.
 *
 * The kill switch (SAVED_COPY=off, see README): sw.js becomes a worker that deletes the saved copy and
 * unregisters itself, so every device that saved the handbook stops using a misbehaving worker on its
 * next visit.
 */
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { cachePrefix, siteUrl, tally, type SavedFile } from '../../src/lib/savedCopy.ts';
import { formatSize } from '../../src/lib/edition.ts';
import { readEdition } from './builtSite.ts';

/** The saved copy must stay small enough for a phone on a poor connection. */
export const savedCopyLimit = 5_000_000;

/**
 * What the saved copy holds: every page, the styles and scripts, the icons and manifest, and the
 * search index (Pagefind's loader, worker, WebAssembly, entry, metadata, index, fragments and filters)
 * and the search page's vocabulary for "Did you mean …?", and Pagefind's highlighting for a page opened
 * from a search.
 * Not Pagefind's ready-made interfaces (the site has its own), the feed, the sitemap, the PDF or the
 * printable handbook, which repeats every page (print is for when you are online).
 */
export const savedCopyFiles = {
  globPatterns: [
    '**/*.html',
    '_astro/**/*.{js,css}',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.*.pagefind',
    'pagefind/*.pf_meta',
    'pagefind/{index,fragment,filter}/*',
    'search-vocabulary.json',
    'manifest.webmanifest',
    'favicon.svg',
    'icons/*.png',
  ],
  // Not the browser editor (/admin/): it is for staff online, and is no page of the handbook.
  globIgnores: ['print/**', 'sw.js', 'admin/**'],
};

interface ManifestEntryWithSize {
  url: string;
  revision: string | null;
  size: number;
}

/** Workbox lists built files ("handbook/x/index.html"); the saved copy keys them as the site serves them. */
export function savedCopyManifest(entries: readonly ManifestEntryWithSize[]): SavedFile[] {
  return entries.map(({ url, revision, size }) => ({ url: siteUrl(url), revision, bytes: size }));
}

/** The kill switch's whole worker: remove the saved copy, then this registration. No fetch handler. */
export function killSwitchSource(prefix = cachePrefix): string {
  return `// Kill switch (SAVED_COPY=off): removes the saved copy and this service worker from every device.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(${JSON.stringify(prefix)})) await caches.delete(key);
    await self.registration.unregister();
  })());
});
`;
}

export interface SavedCopyReport {
  killSwitch: boolean;
  files: number;
  pages: number;
  bytes: number;
  warnings: string[];
}

/** Writes dist/sw.js for the edition in dist/edition.json; throws if the saved copy would pass the limit. */
export async function buildServiceWorker(dist: string, { killSwitch = false } = {}): Promise<SavedCopyReport> {
  const swDest = join(dist, 'sw.js');
  if (killSwitch) {
    writeFileSync(swDest, killSwitchSource());
    return { killSwitch, files: 0, pages: 0, bytes: 0, warnings: [] };
  }
  const edition = readEdition(dist);
  const work = mkdtempSync(join(tmpdir(), 'saved-copy-'));
  try {
    const swSrc = join(work, 'sw.js');
    await build({
      entryPoints: [join(import.meta.dirname, '../../src/serviceWorker/sw.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      outfile: swSrc,
      logLevel: 'error',
      define: {
        __SAVED_COPY_EDITION__: JSON.stringify({ id: edition.id, date: edition.date }),
        'process.env.NODE_ENV': '"production"',
      },
    });
    let saved: SavedFile[] = [];
    const { warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: dist,
      ...savedCopyFiles,
      maximumFileSizeToCacheInBytes: savedCopyLimit,
      manifestTransforms: [
        (entries) => {
          saved = savedCopyManifest(entries);
          // Workbox counts and then drops `size`; `bytes` stays in sw.js for the progress messages.
          return { manifest: saved.map((file) => ({ ...file, size: file.bytes })), warnings: [] };
        },
      ],
    });
    const { pages, bytes } = tally(saved);
    if (bytes >= savedCopyLimit) {
      throw new Error(
        `The saved copy would be ${bytes} bytes, over its ${savedCopyLimit}-byte limit: save fewer files or make pages smaller.`,
      );
    }
    return { killSwitch, files: saved.length, pages, bytes, warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The build's saved-copy step (after the build, and again after the PDF changes the pages): writes
 * dist/sw.js, or its kill switch when SAVED_COPY=off, and says what it wrote in one line.
 */
export async function writeSavedCopy(dist: string): Promise<string> {
  const report = await buildServiceWorker(dist, { killSwitch: process.env.SAVED_COPY === 'off' });
  for (const warning of report.warnings) console.warn(warning);
  return report.killSwitch
    ? 'KILL SWITCH published (sw.js removes the saved copy from every device that has it)'
    : `${report.pages} pages, ${report.files} files, ${formatSize(report.bytes)} (${report.bytes} bytes) in dist/sw.js`;
}
