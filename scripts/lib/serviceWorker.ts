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
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import {
  cachePrefix,
  keepsCompressed,
  planSavedCopy,
  savedCopyBudget,
  siteUrl,
  type BuiltFile,
  type SavedCopyPlan,
} from '../../src/lib/savedCopy.ts';
import { formatSize } from '../../src/lib/edition.ts';
import { readEdition } from './builtSite.ts';

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

/**
 * Workbox lists built files ("handbook/x/index.html"); the saved copy keys them as the site serves them,
 * with the size gzipped at CompressionStream's level (6) of each file the service worker keeps compressed:
 * what it takes on the device.
 */
export function builtFiles(dist: string, entries: readonly ManifestEntryWithSize[]): BuiltFile[] {
  return entries.map(({ url, revision, size }) => ({
    url: siteUrl(url),
    revision,
    bytes: size,
    gzipBytes: keepsCompressed(siteUrl(url)) ? gzipSync(readFileSync(join(dist, url)), { level: 6 }).length : undefined,
  }));
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
  /** How the files are kept, and what they take on the device (none for the kill switch). */
  plan?: SavedCopyPlan;
  warnings: string[];
}

/** Writes dist/sw.js for the edition in dist/edition.json; throws if the saved copy would pass its budget. */
export async function buildServiceWorker(dist: string, { killSwitch = false } = {}): Promise<SavedCopyReport> {
  const swDest = join(dist, 'sw.js');
  if (killSwitch) {
    writeFileSync(swDest, killSwitchSource());
    return { killSwitch, warnings: [] };
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
    let plan: SavedCopyPlan | undefined;
    const { warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: dist,
      ...savedCopyFiles,
      maximumFileSizeToCacheInBytes: savedCopyBudget,
      manifestTransforms: [
        async (entries) => {
          plan = planSavedCopy(builtFiles(dist, entries));
          if (plan.problem) throw new Error(plan.problem);
          // Workbox counts and then drops `size`; `bytes` and `gzip` stay in sw.js for the service worker.
          return { manifest: plan.files.map((file) => ({ ...file, size: file.bytes })), warnings: [] };
        },
      ],
    });
    return { killSwitch, plan, warnings };
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
  const { plan } = report;
  return !plan
    ? 'KILL SWITCH published (sw.js removes the saved copy from every device that has it)'
    : `${plan.pages} pages, ${plan.files.length} files in dist/sw.js; on a device ${formatSize(plan.storedBytes)} (${plan.storedBytes} bytes; ` +
        `${formatSize(plan.builtBytes)} uncompressed) of its ${formatSize(plan.budget)} budget`;
}
