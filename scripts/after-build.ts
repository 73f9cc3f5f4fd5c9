/**
 * What `npm run build` does after `astro build`, in order: the search index, the browser editor at
 * /admin/ (after the index, so it is not indexed), the saved copy's service
 * worker (which lists every file, the index included), then the security headers, last: their policy
 * allows exactly the inline code of the final pages. Each step works on dist/ as the step before left
 * it; the build stops at the first step that fails. (`npm run build:pdf` changes the pages again, so it
 * ends by writing the saved copy and the headers again.) SAVED_COPY=off publishes the saved copy's kill
 * switch (README: "If the saved copy misbehaves").
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeEditor } from './lib/editor.ts';
import { writeSavedCopy } from './lib/serviceWorker.ts';
import { writeSecurityHeaders } from './lib/writeSecurityHeaders.ts';

const root = process.cwd();

interface Step {
  name: string;
  /** Returns a one-line summary, or throws. */
  run: () => string | void | Promise<string | void>;
}

function pagefind(): string {
  const result = spawnSync(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Pagefind failed (exit code ${result.status ?? result.signal}).`);
  return 'dist/pagefind/ written';
}

const steps: Step[] = [
  { name: 'search index (Pagefind)', run: pagefind },
  { name: 'browser editor (/admin/)', run: () => writeEditor(root) },
  { name: 'saved copy', run: () => writeSavedCopy(join(root, 'dist')) },
  { name: 'security headers', run: () => writeSecurityHeaders(root) },
];

for (const step of steps) {
  const started = performance.now();
  try {
    const summary = await step.run();
    console.log(`after build: ${step.name}: ${summary ?? 'done'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`after build: ${step.name} failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
