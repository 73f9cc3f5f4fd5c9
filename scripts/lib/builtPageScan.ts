/**
 * The last check on code in the built pages (builtPageCode.ts), done beside Pagefind: parse5 reading every
 * page is most of the security-headers step's time, and no step after `astro build` changes a page, so
 * `npm run build` scans them in worker threads while Pagefind indexes them. A digest of each page's bytes
 * is kept with the result: writeSecurityHeaders scans again any page whose bytes changed or that appeared
 * since, so the check covers the final pages whatever the order of the steps.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { declaredInlineCode } from '../../src/components/inlineCode.ts';
import { undeclaredCodeInSite } from './builtPageCode.ts';

/** A page as it was when it was scanned: a later scan is needed if its bytes have changed. */
export interface ScannedPage {
  file: string;
  digest: string;
}

export interface PageScan {
  pages: ScannedPage[];
  /** "dist/file: what" lines, in the pages' order. */
  undeclared: string[];
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');

/** Scans `files` ("/handbook/a/index.html") of `dist` here, in this thread. */
export function scanPages(dist: string, files: readonly string[]): PageScan {
  const read = files.map((file) => ({ file, bytes: readFileSync(join(dist, file)) }));
  const undeclared = undeclaredCodeInSite(
    read.map(({ file, bytes }): [string, string] => [`dist${file}`, bytes.toString('utf8')]),
    declaredInlineCode,
  );
  return { pages: read.map(({ file, bytes }) => ({ file, digest: digest(bytes) })), undeclared };
}

/** Scans `files` in `threads` worker threads, each a share of the pages in order. */
export async function scanPagesInWorkers(
  dist: string,
  files: readonly string[],
  threads = Math.min(2, availableParallelism()),
): Promise<PageScan> {
  const size = Math.ceil(files.length / threads) || 1;
  const shares = Array.from({ length: Math.ceil(files.length / size) }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PageScan>((resolve, reject) => {
          const worker = new Worker(new URL('./builtPageWorker.ts', import.meta.url), { workerData: { dist, files: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`The page scan stopped (exit code ${code}).`)));
        }),
    ),
  );
  return { pages: results.flatMap((r) => r.pages), undeclared: results.flatMap((r) => r.undeclared) };
}

/** Pages of `files` not scanned as they are now: not in the scan, or their bytes changed since. */
export function pagesToScan(dist: string, files: readonly string[], scan: PageScan | undefined): string[] {
  const scanned = new Map((scan?.pages ?? []).map((page) => [page.file, page.digest]));
  return files.filter((file) => scanned.get(file) !== digest(readFileSync(join(dist, file))));
}
