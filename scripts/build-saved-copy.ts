/**
 * After `astro build` and Pagefind: writes dist/sw.js, the saved copy's service worker, and prints what the
 * saved copy holds. SAVED_COPY=off publishes the kill switch instead (README: "If the saved copy
 * misbehaves"). Usage: node scripts/build-saved-copy.ts [dist]
 */
import { join } from 'node:path';
import { buildServiceWorker } from './lib/serviceWorker.ts';
import { formatSize } from '../src/lib/edition.ts';

const dist = process.argv[2] ?? join(process.cwd(), 'dist');
const report = await buildServiceWorker(dist, { killSwitch: process.env.SAVED_COPY === 'off' });
for (const warning of report.warnings) console.warn(warning);
console.log(
  report.killSwitch
    ? 'Saved copy: KILL SWITCH published (sw.js removes the saved copy from every device that has it).'
    : `Saved copy: ${report.pages} pages, ${report.files} files, ${formatSize(report.bytes)} (${report.bytes} bytes).`,
);
