/**
 * Relevance: every carer's question in tests/search/questions.yaml, typed into the search page of the
 * built site (the real Pagefind index and the page's own query handling), must show a page that answers
 * it in the top three results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { resultUrls, searchFor } from './searchPage.ts';

interface Question {
  question: string;
  answers: string[];
}

const questions = parse(readFileSync(join(process.cwd(), 'tests/search/questions.yaml'), 'utf8')) as Question[];

test('the question set is big enough to mean something', () => {
  expect(questions.length).toBeGreaterThanOrEqual(30);
  for (const q of questions) expect(q.answers.length, q.question).toBeGreaterThan(0);
});

for (const { question, answers } of questions) {
  test(`“${question}” shows an answer in the top three`, async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, question);
    const top = await resultUrls(page, 3);
    expect(
      top.some((url) => answers.includes(url)),
      `top three: ${top.join(', ')}; expected one of ${answers.join(', ')}`,
    ).toBe(true);
  });
}
