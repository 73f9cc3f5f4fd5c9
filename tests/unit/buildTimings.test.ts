import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStages, median, type TimedLine } from '../../scripts/lib/buildTimings.ts';

// The lines of a real `npm run build` (1,000 pages), with the seconds at which they arrived.
const output: TimedLine[] = [
  [0.3, '> astro build && node scripts/after-build.ts'],
  [5.6, '06:40:01 [handbook-content-gate] Content check: no errors (4.5s).'],
  [9.0, '06:40:05 [content] Synced content'],
  [14.3, '06:40:10 [build] Rearranging server assets...'],
  [14.3, ' generating static routes '],
  [14.4, '06:40:10   ├─ /404.html (+150ms) '],
  [21.6, '06:40:18 ✓ Completed in 7.30s.'],
  [21.7, '06:40:18 [build] 1100 page(s) built in 16.12s'],
  [22.9, 'Running Pagefind v1.6.0 (Extended)'],
  [25.5, 'after build: search index (Pagefind), and the pages checked for code: dist/pagefind/ written; 1101 pages read (2.6 s)'],
  [
    27.5,
    'after build: browser editor (/admin/) and saved copy: dist/admin/: 43 files; a first visit loads 700 KB of script (gzip); 1099 pages (2.0 s)',
  ],
  [29.1, 'after build: security headers: 2 distinct inline scripts (1.6 s)'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

test('a build’s output read as stages that add up to the whole', () => {
  const { stages, total, pages } = buildStages(output);
  assert.equal(pages, 1100);
  assert.equal(total, 29.1);
  const seconds = Object.fromEntries(stages.map((s) => [s.name, Math.round(s.seconds * 10) / 10]));
  assert.deepEqual(seconds, {
    'Astro start-up and configuration': 1.1,
    'content gate (every rule on every file)': 4.5,
    'Astro: content sync, types, bundling': 8.7,
    'Astro: render every page': 7.3,
    'Astro: sitemap, finish; after-build start-up': 1.3,
    'after build: search index (Pagefind), and the pages checked for code': 2.6,
    'after build: browser editor (/admin/) and saved copy': 2,
    'after build: security headers': 1.6,
  });
  assert.ok(Math.abs(stages.reduce((sum, s) => sum + s.seconds, 0) - total) < 1e-9);
});

test('output that is not a whole build is refused, not read as zeros', () => {
  assert.throws(() => buildStages(output.slice(0, 5)), /Not the output of a whole/);
});

test('median', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});
