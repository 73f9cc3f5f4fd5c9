/**
 * Relevance: every carer's question in tests/search/questions.yaml, typed into the search page of the
 * built site (the real Pagefind index and the page's own query handling), must show a page that answers
 * it in the top three results, and not say the handbook may not cover it; a question marked notCovered
 * must get "The handbook may not cover this", with who to ask, and no pages presented as answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { resultUrls, searchFor } from './searchPage.ts';

interface Question {
  question: string;
  answers?: string[];
  notCovered?: boolean;
}

const questions = parse(readFileSync(join(process.cwd(), 'tests/search/questions.yaml'), 'utf8')) as Question[];

test('the question set is big enough to mean something', () => {
  expect(questions.length).toBeGreaterThanOrEqual(30);
  for (const q of questions) expect(q.notCovered !== true ? (q.answers ?? []).length : 1, q.question).toBeGreaterThan(0);
});

/**
 * Each worker opens the search page once and asks it every question in turn, as a carer might: a fresh
 * page per question costs several times the search itself. Each search waits for its own outcome.
 */
const it = test.extend<object, { searchPage: Page }>({
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

const notCoveredBox = (page: Page) => page.locator('[data-search-not-covered]');

for (const { question, answers = [], notCovered } of questions) {
  if (notCovered) {
    it(`“${question}” says the handbook may not cover it, and who to ask`, async ({ searchPage: page }) => {
      await searchFor(page, question);
      await expect(notCoveredBox(page)).toBeVisible();
      await expect(notCoveredBox(page)).toContainText('supervising social worker');
      await expect(
        notCoveredBox(page)
          .getByRole('link', { name: /^\d[\d ]+$/ })
          .first(),
      ).toBeVisible();
      expect(await resultUrls(page), 'no pages presented as answers').toEqual([]);
    });
    continue;
  }
  it(`“${question}” shows an answer in the top three`, async ({ searchPage: page }) => {
    await searchFor(page, question);
    const top = await resultUrls(page, 3);
    expect(
      top.some((url) => answers.includes(url)),
      `top three: ${top.join(', ')}; expected one of ${answers.join(', ')}`,
    ).toBe(true);
    await expect(notCoveredBox(page), 'not said to be uncovered').toBeHidden();
  });
}
