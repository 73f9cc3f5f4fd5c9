/** Helpers for the search page tests: type a query as a reader would and read the results shown. */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { expect, test, type Page } from '@playwright/test';

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the handbook' });
/** The search page's own live region (the reading controls have another, for their settings). */
export const status = (page: Page) => page.getByRole('main').getByRole('status');
/** The outcome as shown above the results, at once (the live region says it once typing settles). */
export const summary = (page: Page) => page.locator('[data-search-summary]');
export const results = (page: Page) => page.locator('[data-search-results] > li');

/**
 * Types a query into the search page and waits for the outcome to be shown (at once, above the results;
 * the tests of the live region wait for it themselves, as it speaks only once typing has settled).
 */
export async function searchFor(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(summary(page)).toContainText(`“${query}”`, { timeout: 10_000 });
}

/**
 * The pages of the results shown, best first (their paths: a result's link also carries the section it
 * opens at and the words to highlight there).
 */
export async function resultUrls(page: Page, count?: number): Promise<string[]> {
  const hrefs = await results(page)
    .locator('h3 a')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/[?#].*$/, '')));
  return count === undefined ? hrefs : hrefs.slice(0, count);
}

/** The words a page shows in its <main>, as a reader sees them (to prove a synonym is not among them). */
export async function mainText(page: Page, path: string): Promise<string> {
  return visibleText(/<main[\s\S]*<\/main>/.exec(await (await page.request.get(path)).text())?.[0] ?? '');
}

/** The words of the part of a page that is indexed (its article), as a reader sees them. */
export async function indexedText(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  const article = /<article[^>]*data-pagefind-body[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  return visibleText(withoutIgnored(article));
}

type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** The HTML without the elements Pagefind ignores, read as a browser reads it (they nest: a span in a span). */
function withoutIgnored(html: string): string {
  const fragment = parseFragment(html);
  const strip = (node: ChildNode): string => {
    if (node.nodeName === '#text') return (node as TextNode).value;
    if (!('childNodes' in node)) return '';
    const element = node as Element;
    if (element.attrs?.some((a) => a.name === 'data-pagefind-ignore')) return ' ';
    const hidden = element.attrs?.some((a) => a.name === 'hidden');
    return hidden ? ' ' : ` ${element.childNodes.map(strip).join('')} `;
  };
  return fragment.childNodes.map(strip).join('');
}

function visibleText(html: string): string {
  return html
    .replace(/<div hidden[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

/** The "Show N more results" button under the list. */
export const showMoreButton = (page: Page) => page.getByRole('button', { name: /^Show \d+ more results?$/ });

/** Presses "Show N more results" until every result is shown. */
export async function showAllResults(page: Page): Promise<void> {
  const more = showMoreButton(page);
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(before);
  }
}

/**
 * A test with one search page per worker, opened once and asked each query in turn, as a carer might: a
 * fresh page per query (a new browser context, the page, Pagefind and its WebAssembly) costs several times
 * the search itself. For tests that only type a query and read what is shown; a test that needs a page in
 * a particular state (a URL, a filter, the keyboard from the top) opens its own.
 */
export const searchTest = test.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent });
      const page = await context.newPage();
      await page.goto('/search/');
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});
