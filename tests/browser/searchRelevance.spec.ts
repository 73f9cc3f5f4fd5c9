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
import { resultUrls, searchFor, searchTest, summary } from './searchPage.ts';

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

const it = searchTest;

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
      // A correction beside "may not cover" reads as a contradiction ("bin collection day": "Did you mean bin connection day?").
      await expect(summary(page), 'no correction offered').not.toContainText('Did you mean');
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
