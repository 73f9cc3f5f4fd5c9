/**
 * What `npm run build` does after `astro build`, in order. Each step works on the site in dist/ as the
 * step before it left it, and the security headers come last: their policy allows exactly the inline
 * code of the final pages. Stops at the first step that fails.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeSecurityHeaders } from './lib/writeSecurityHeaders.ts';

const root = process.cwd();

interface Step {
  name: string;
  /** Returns a one-line summary, or throws. */
  run: () => string | void;
}

function pagefind(): string {
  const result = spawnSync(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Pagefind failed (exit code ${result.status ?? result.signal}).`);
  return 'dist/pagefind/ written';
}

const steps: Step[] = [
  { name: 'search index (Pagefind)', run: pagefind },
  { name: 'security headers', run: () => writeSecurityHeaders(root) },
];

for (const step of steps) {
  const started = performance.now();
  try {
    const summary = step.run();
    console.log(`after build: ${step.name}: ${summary ?? 'done'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`after build: ${step.name} failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
