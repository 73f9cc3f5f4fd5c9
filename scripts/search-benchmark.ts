/**
 * Search benchmark on the built site (run `npm run build` first), in headless Chromium:
 * - the time from the last keystroke to the final results being rendered, for each query, median and
 *   worst, both in a fresh browser (nothing cached: the search loads Pagefind, its worker, the index
 *   chunks and the vocabulary it needs) and in a page that has already searched;
 * - the bytes transferred for a first search (the query entered in one go): the search page and
 *   everything it and Pagefind's worker load until the results are shown, as nginx logs them (headers and
 *   body, compressed as in production): a browser does not report what a shared worker fetches.
 * Usage: npm run benchmark:search [-- --port 4450]   (default 4410, beside npm start and npm test; CHROMIUM_PATH picks another Chromium)
 * The site is served as in production (nginx with the generated headers; scripts/lib/nginxServer.ts).
 * Figures are for a local server without network throttling: they measure the search itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startNginx } from './lib/nginxServer.ts';
import { chromiumPath } from './lib/builtSite.ts';
import { commandLine } from './lib/commandLine.ts';

const { values } = commandLine({ port: { type: 'string' } }, 'Use: npm run benchmark:search [-- --port 4450]');
const port = Number(values.port ?? process.env.TEST_PORT ?? 4410);
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

/** nginx writes each response's address and the bytes it sent (headers and body) here. */
const logFolder = mkdtempSync(join(tmpdir(), 'search-benchmark-'));
const bytesLog = join(logFolder, 'bytes.log');
writeFileSync(bytesLog, '');

/** The bytes sent for each path since the log held `from` characters. */
function sentSince(from: number): Map<string, number> {
  const sent = new Map<string, number>();
  for (const line of readFileSync(bytesLog, 'utf8').slice(from).split('\n').filter(Boolean)) {
    const [address, bytes] = line.split(' ');
    const path = decodeURIComponent(address.split('?')[0]);
    sent.set(path, (sent.get(path) ?? 0) + Number(bytes));
  }
  return sent;
}

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
  await page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: `“${query}”` })
    .waitFor({ timeout: 15_000 });
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
  const from = readFileSync(bytesLog, 'utf8').length;
  await page.goto(`${base}/search/`);
  // Typed in one go: letter by letter, what is fetched depends on how often the typing pauses.
  await page.locator('#search-query').fill(query);
  await page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: `“${query}”` })
    .waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  const sent = sentSince(from);
  const files: Record<string, number> = {};
  for (const [path, size] of sent) {
    const group = path.replace(/\/pagefind\/(index|fragment|filter)\/.*/, '/pagefind/$1/*');
    files[group] = (files[group] ?? 0) + size;
  }
  return files;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

let server;
try {
  server = await startNginx({ root: process.cwd(), host: '127.0.0.1', port, bytesLog });
} catch (error) {
  console.error(`The benchmark could not serve the site: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: chromiumPath,
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
    console.log(
      `  search page (HTML, CSS, scripts): ${kb(total((p) => !search(p)))}; Pagefind, its worker, index and vocabulary: ${kb(total(search))}`,
    );
    for (const [path, n] of Object.entries(files).sort((a, b) => b[1] - a[1])) console.log(`    ${path}: ${kb(n)}`);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(logFolder, { recursive: true, force: true });
}
