/**
 * Search benchmark on the built site (run `npm run build` first), in headless Chromium:
 * - the time from the last keystroke to the final results being rendered, for each query, median and
 *   worst, both in a fresh browser (nothing cached: the search loads Pagefind, its worker, the index
 *   chunks and the vocabulary it needs) and in a page that has already searched;
 * - the bytes transferred for a first search (the query entered in one go): the search page and
 *   everything it and Pagefind's worker load until the results are shown, counted by the server as it
 *   sends them (a browser does not report what a shared worker fetches), with text compressed as any web
 *   host would (gzip).
 * Usage: npm run benchmark:search [-- --port 4450]   (CHROMIUM_PATH picks another Chromium)
 * Figures are for a local server without network throttling: they measure the search itself.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serveDist, stopServer } from './lib/staticServer.ts';

const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > -1 ? process.argv[portArgument + 1] : (process.env.TEST_PORT ?? 4400));
const base = `http://127.0.0.1:${port}`;
const dist = join(process.cwd(), 'dist');
const queries = [
  'who do I ring out of hours',
  'sleepover',
  'pocket money',
  'respite',
  'allegation against me',
  'child has gone missing',
  'SSW',
  'delegated authority',
  'family time',
  'safer caring plan',
  'car seat',
  'staying put',
];

/** Bytes sent for each path (status line, headers and body, as written to the socket). */
const sent = new Map<string, number>();

/** Watches the results list; resolves the time from the last keystroke to the last change of the list. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; lastRender: number };
    w.lastKey = 0;
    w.lastRender = 0;
    const list = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => (w.lastRender = performance.now())).observe(list, { childList: true, subtree: true });
    document.querySelector('#search-query')!.addEventListener('input', () => (w.lastKey = performance.now()));
  });
  await page.locator('#search-query').pressSequentially(query, { delay: 40 });
  await page.getByRole('main').getByRole('status').filter({ hasText: `“${query}”` }).waitFor({ timeout: 15_000 });
  return page.evaluate(() => {
    const w = window as unknown as { lastKey: number; lastRender: number };
    return w.lastRender - w.lastKey;
  });
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return `median ${median.toFixed(0)} ms, worst ${sorted.at(-1)!.toFixed(0)} ms (${sorted.length} queries)`;
}

/** Everything sent for a first search in a fresh browser, grouped (index chunks and fragments together). */
async function firstSearchBytes(browser: Browser, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  sent.clear();
  await page.goto(`${base}/search/`);
  // Typed in one go: letter by letter, what is fetched depends on how often the typing pauses.
  await page.locator('#search-query').fill(query);
  await page.getByRole('main').getByRole('status').filter({ hasText: `“${query}”` }).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  const files: Record<string, number> = {};
  for (const [path, size] of sent) {
    const group = path.replace(/\/pagefind\/(index|fragment|filter)\/.*/, '/pagefind/$1/*');
    files[group] = (files[group] ?? 0) + size;
  }
  return files;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const server = await serveDist(dist, port, (path, bytes) => sent.set(path, (sent.get(path) ?? 0) + bytes));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const cold: number[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    cold.push(await typeAndTime(page, query));
    await context.close();
  }
  const warm: number[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/search/`);
  await typeAndTime(page, 'foster');
  for (const query of queries) {
    await page.locator('#search-query').fill('');
    await page.getByRole('main').getByRole('status').filter({ hasText: /^$/ }).waitFor();
    warm.push(await typeAndTime(page, query));
  }
  await context.close();
  console.log(`Last keystroke to results rendered, fresh browser each query: ${summary(cold)}`);
  console.log(`  ${queries.map((q, i) => `${q}: ${cold[i].toFixed(0)}`).join('; ')}`);
  console.log(`Last keystroke to results rendered, page that has searched before: ${summary(warm)}`);
  console.log(`  ${queries.map((q, i) => `${q}: ${warm[i].toFixed(0)}`).join('; ')}`);
  for (const query of ['who do I ring out of hours', 'safegaurding']) {
    const files = await firstSearchBytes(browser, query);
    const total = (test: (path: string) => boolean) =>
      Object.entries(files)
        .filter(([path]) => test(path))
        .reduce((sum, [, n]) => sum + n, 0);
    const search = (path: string) => path.startsWith('/pagefind/') || path === '/search-vocabulary.json';
    console.log(`Bytes sent for a first search (“${query}”, empty cache): ${kb(total(() => true))}`);
    console.log(`  search page (HTML, CSS, scripts): ${kb(total((p) => !search(p)))}; Pagefind, its worker, index and vocabulary: ${kb(total(search))}`);
    for (const [path, n] of Object.entries(files).sort((a, b) => b[1] - a[1])) console.log(`    ${path}: ${kb(n)}`);
  }
} finally {
  await browser.close();
  stopServer(server);
}
