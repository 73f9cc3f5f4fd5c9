/**
 * How results are shown: the closest first and weaker matches behind "Show N more", excerpts that start at
 * a sentence, room kept for results so nothing moves when they arrive, and a query box that stays wide
 * with large text on a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, focusProblems, horizontalOverflow, setReadingMode, textSpacingProblems } from './readingModes.ts';
import { resultUrls, results, searchBox, searchFor, showMoreButton, status, summary } from './searchPage.ts';

/** The total the search page reports ("16 results for …"), once the live region has said it too. */
async function announcedTotal(page: Page): Promise<number> {
  const said = (await summary(page).textContent()) ?? '';
  await expect(status(page)).toHaveText(said);
  return Number(/(\d+) results? for/.exec(said)?.[1]);
}

test('weaker matches wait behind "Show N more", which works from the keyboard and says where the reader is', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'pocket money');
  const total = await announcedTotal(page);
  let shown = await results(page).count();
  expect(shown, 'some results are held back').toBeLessThan(total);
  await expect(status(page)).toContainText(`The closest ${shown} are shown first.`);
  while (shown < total) {
    const next = Math.min(10, total - shown);
    const more = showMoreButton(page);
    await expect(more).toHaveText(`Show ${next} more ${next === 1 ? 'result' : 'results'}`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(results(page)).toHaveCount(shown + next);
    await expect(results(page).nth(shown).locator('h3 a')).toBeFocused();
    shown += next;
    await expect(status(page)).toHaveText(`Showing ${shown} of ${total} results.`);
  }
  await expect(showMoreButton(page)).toBeHidden();
});

test('a one-word search shows the closest results, not every passing mention', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'sleepover');
  expect(await results(page).count()).toBeLessThan(await announcedTotal(page));
  expect(await resultUrls(page, 1)).toEqual(['/guides/sleepovers/']);
});

test('excerpts start at the beginning of a sentence that holds the words searched for', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'pocket money');
  const excerpts = await results(page).locator('.search-result__excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(1);
  for (const excerpt of excerpts) {
    // A sentence starts with a capital (or a list item's first word) and the words are in it.
    expect(excerpt, excerpt).toMatch(/^[A-Z£0-9]|^[a-z]+\b/);
    expect(excerpt.toLowerCase(), excerpt).toContain('pocket');
  }
  const money = await page.request.get('/guides/money/').then((r) => r.text());
  const first = excerpts[0].replace(/ …$/, '');
  const sentenceStart = first.split(' ').slice(0, 6).join(' ');
  expect(money.replace(/<[^>]+>/g, ''), 'the excerpt is the page’s own text').toContain(sentenceStart);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('results arrive without moving anything on the page (no layout shift)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/search/?q=pocket%20money');
    await expect(status(page)).toContainText('for “pocket money”');
    await expect(results(page).first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });

  for (const width of [320, 390]) {
    test(`at ${width} px with the largest text the query box takes at least 60% of the width`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/search/');
      await page.evaluate(() => document.documentElement.setAttribute('data-text-size', 'largest'));
      const box = await searchBox(page).boundingBox();
      const form = await page.locator('[data-search-panel]').boundingBox();
      const button = await page.locator('[data-search-panel] button[type="submit"]').boundingBox();
      expect(box!.width / form!.width, `box ${box!.width} px of ${form!.width} px`).toBeGreaterThanOrEqual(0.6);
      expect(box!.width / width).toBeGreaterThanOrEqual(0.6);
      expect(button!.y, 'the button goes under the box').toBeGreaterThanOrEqual(box!.y + box!.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }
});

test('with results, a correction offered and "Show more", the page passes axe, shows focus and reflows in every reading mode', async ({
  page,
}) => {
  await page.goto('/search/?q=pocket%20mony');
  await expect(summary(page).getByRole('link', { name: 'pocket money' })).toBeVisible();
  await expect(showMoreButton(page)).toBeVisible();
  await expect(results(page).locator('mark').first()).toBeVisible();
  expect(await focusProblems(page)).toEqual([]);
  for (const mode of ['standard', 'largest', 'high', 'forced-colours'] as const) {
    await setReadingMode(page, mode);
    expect(await axeViolations(page, { enhanced: mode === 'high' }), mode).toEqual([]);
  }
  await setReadingMode(page, 'standard');
  expect(await textSpacingProblems(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const mode of ['largest', 'high', 'largest-high'] as const) {
    await setReadingMode(page, mode);
    expect(await horizontalOverflow(page), mode).toEqual({ overflow: 0, widest: [] });
  }
});
