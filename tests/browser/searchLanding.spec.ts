/**
 * Landing on the answer: a search result opens its page at the section that matched (Pagefind's
 * sub-results), with the words searched for highlighted there (Pagefind's highlighting, fetched only when
 * a page is opened from a search), under the production Content-Security-Policy.
 */
import { expect, test } from '@playwright/test';
import { results, searchFor } from './searchPage.ts';
import { recordCspViolations } from './security.ts';

test('a result opens its page at the section that matched, with the words searched for highlighted', async ({ page }) => {
  const violations: string[] = [];
  await recordCspViolations(page, violations);
  await page.goto('/search/');
  await searchFor(page, 'pocket money');
  const titles = results(page).getByRole('heading', { level: 3 }).getByRole('link');
  const hrefs = await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs)
    expect(href, 'the words to highlight travel with every link').toMatch(/[?&]pagefind-highlight=pocket&pagefind-highlight=money/);
  // A short guide matches best at its start; a long page, in a section: its link goes there.
  const at = hrefs.findIndex((href) => /#[\w-]+$/.test(href));
  expect(at, `a result opens at a section: ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(0);
  const link = titles.nth(at);
  const href = hrefs[at];
  const highlight = page.waitForRequest(/\/pagefind\/pagefind-highlight\.js$/);
  await link.click();
  await highlight;
  const marks = page.locator('main mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['pocket', 'money']));
  // The section that matched is on screen, not the top of the page.
  const section = page.locator(`[id="${decodeURIComponent(href.split('#')[1])}"]`);
  await expect(section).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY), 'scrolled to the section').toBeGreaterThan(0);
  // Marked in the site's colours (Pagefind's own inline style would break the policy).
  const colours = await marks.first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
  expect(colours).not.toBe('rgb(255, 255, 0)');
  expect(violations).toEqual([]);
});

test('a page opened any other way fetches no highlighting', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/handbook/financial-matters/');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
});
