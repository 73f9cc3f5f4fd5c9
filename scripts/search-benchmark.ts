/**
 * Search benchmark on the built site (run `npm run build` first), in headless Chromium:
 * - the time from the last keystroke to the results being rendered, for each query, median and worst,
 *   both in a fresh browser (nothing cached: the search loads Pagefind and the index chunks it needs)
 *   and in a page that has already searched;
 * - the bytes transferred for a first search: the search page and everything it loads until the first
 *   results are shown.
 * Usage: npm run benchmark:search [-- --port 4450]   (default 4410, beside npm start and npm test; CHROMIUM_PATH picks another Chromium)
 * The site is served as in production (nginx with the generated headers; scripts/lib/nginxServer.ts).
 * Figures are for a local server without network throttling: they measure the search itself.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { startNginx } from './lib/nginxServer.ts';

const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > -1 ? process.argv[portArgument + 1] : (process.env.TEST_PORT ?? 4410));
const base = `http://127.0.0.1:${port}`;
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

/** Every response the search page receives (its worker's too), with its size on the wire (headers and body). */
async function firstSearchBytes(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { page: 0, search: 0 };
  const files: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const count = (url: string, size: number) => {
    const path = new URL(url).pathname;
    bytes[path.startsWith('/pagefind/') ? 'search' : 'page'] += size;
    const group = path.replace(/\/pagefind\/(index|fragment)\/.*/, '/pagefind/$1/*');
    files[group] = (files[group] ?? 0) + size;
  };
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => count(request.url(), sizes.responseHeadersSize + sizes.responseBodySize)),
    );
  });
  await page.goto(`${base}/search/`);
  await typeAndTime(page, 'who do I ring out of hours');
  await Promise.all(pending);
  await context.close();
  return { bytes, files };
}

let server;
try {
  server = await startNginx({ root: process.cwd(), host: '127.0.0.1', port });
} catch (error) {
  console.error(`The benchmark could not serve the site: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
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
  const { bytes, files } = await firstSearchBytes(browser);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Last keystroke to results rendered, fresh browser each query: ${summary(cold)}`);
  console.log(`  ${queries.map((q, i) => `${q}: ${cold[i].toFixed(0)}`).join('; ')}`);
  console.log(`Last keystroke to results rendered, page that has searched before: ${summary(warm)}`);
  console.log(`  ${queries.map((q, i) => `${q}: ${warm[i].toFixed(0)}`).join('; ')}`);
  console.log(`Bytes transferred for a first search (“who do I ring out of hours”, empty cache): ${kb(bytes.page + bytes.search)}`);
  console.log(`  search page (HTML, CSS, script): ${kb(bytes.page)}; Pagefind and index: ${kb(bytes.search)}`);
  for (const [path, n] of Object.entries(files).sort((a, b) => b[1] - a[1])) console.log(`    ${path}: ${kb(n)}`);
} finally {
  await browser.close();
  await server.stop();
}
