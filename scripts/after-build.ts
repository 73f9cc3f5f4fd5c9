/**
 * What `npm run build` does after `astro build`, in three stages, each waiting for the one before:
 *
 * 1. the search index (Pagefind), and beside it the check of code in the built pages (builtPageScan.ts,
 *    in worker threads: no later step changes a page, and the headers step scans again any that did);
 * 2. the browser editor at /admin/ (after the index, so it is not indexed) and the saved copy's service
 *    worker (which lists every file the carer needs, the index included, and leaves /admin/ out), side
 *    by side;
 * 3. the security headers, last: their policy allows exactly the inline code of the final pages, and they
 *    name every file.
 *
 * The build stops at the first stage that fails. (`npm run build:pdf` changes the pages again, so it ends
 * by writing the saved copy and the headers again.) SAVED_COPY=off publishes the saved copy's kill switch
 * (README: "If the saved copy misbehaves").
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { writeEditor } from './lib/editor.ts';
import { scanPagesInWorkers, type PageScan } from './lib/builtPageScan.ts';
import { writeSavedCopy } from './lib/serviceWorker.ts';
import { siteFiles, writeSecurityHeaders } from './lib/writeSecurityHeaders.ts';
import { distOf } from './lib/builtSite.ts';
import { commandLine } from './lib/commandLine.ts';

commandLine(
  {},
  'Use: node scripts/after-build.ts (npm run build runs it after astro build; it takes no arguments; SAVED_COPY=off publishes the kill switch)',
);

const root = process.cwd();
const dist = distOf(root);

function pagefind(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist'], { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', (status, signal) =>
      status === 0 ? resolve('dist/pagefind/ written') : reject(new Error(`Pagefind failed (exit code ${status ?? signal}).`)),
    );
  });
}

let scan: PageScan | undefined;
async function checkPages(): Promise<string> {
  const pages = siteFiles(dist).filter((file) => file.endsWith('.html'));
  scan = await scanPagesInWorkers(dist, pages);
  return `${pages.length} pages read for code no component declares`;
}

interface Stage {
  name: string;
  /** Steps run side by side; each returns a one-line summary, or throws. */
  steps: (() => string | Promise<string>)[];
}

const stages: Stage[] = [
  { name: 'search index (Pagefind), and the pages checked for code', steps: [pagefind, checkPages] },
  { name: 'browser editor (/admin/) and saved copy', steps: [() => writeEditor(root), () => writeSavedCopy(dist)] },
  { name: 'security headers', steps: [() => writeSecurityHeaders(root, scan)] },
];

for (const stage of stages) {
  const started = performance.now();
  try {
    const summaries = await Promise.all(stage.steps.map((step) => step()));
    console.log(`after build: ${stage.name}: ${summaries.join('; ')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`after build: ${stage.name} failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
