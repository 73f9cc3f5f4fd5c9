/**
 * "The handbook does not cover this": a question with a word no page uses (nor any carers' word for
 * something a page says), or whose best page lacks a word and only mentions the others in passing
 * ("tv licence"; find.ts, weakMatch), gets who to ask, with the numbers from content/contacts.yaml, not unrelated
 * pages presented as answers; those pages wait behind a button. Accessible in every reading mode.
 */
import { expect, test } from '@playwright/test';
import { results, searchFor, summary } from './searchPage.ts';
import { contactPhone } from './site.ts';
import { axeViolations, setReadingMode } from './readingModes.ts';

test('a question the handbook does not cover says so, with who to ask, and keeps the other pages behind a button', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'who pays for school uniform');
  const box = page.getByRole('region', { name: 'The handbook may not cover this' });
  await expect(box).toBeVisible();
  await expect(summary(page)).toHaveText(
    /^The handbook may not cover “who pays for school uniform”: no page mentions “uniform”\. \d+ pages? mentions? your other words\.$/,
  );
  await expect(summary(page), 'a real word is never "corrected"').not.toContainText('Did you mean');
  await expect(box).toContainText('Your supervising social worker');
  for (const id of ['fostering-service', 'fostering-on-call', 'emergency']) {
    await expect(box.getByRole('link', { name: contactPhone(id) }), id).toHaveAttribute('href', /^tel:/);
  }
  await expect(results(page)).toHaveCount(0);
  for (const mode of ['standard', 'largest-high', 'forced-colours'] as const) {
    await setReadingMode(page, mode);
    expect(await axeViolations(page, { enhanced: mode === 'largest-high' }), mode).toEqual([]);
  }
  await setReadingMode(page, 'standard');
  await page.getByRole('button', { name: /^Show the (\d+ pages that mention|page that mentions) your other words$/ }).click();
  await expect(results(page).first()).toBeVisible();

  // A question the handbook answers gets its pages, and no such box.
  await searchFor(page, 'can I smack');
  await expect(box).toBeHidden();
  await expect(results(page).first()).toBeVisible();
});

test('when the best page only passes the question by, the search says the handbook may not cover it; a real answer is still shown', async ({
  page,
}) => {
  await page.goto('/search/');
  const box = page.getByRole('region', { name: 'The handbook may not cover this' });
  for (const question of ['tv licence', 'parking permit', 'do I need a tv licence']) {
    await searchFor(page, question);
    await expect(box, question).toBeVisible();
    await expect(summary(page)).toHaveText(
      new RegExp(`^The handbook may not cover “${question}”: \\d+ pages? mentions? some of your words, only in passing\\.$`),
    );
    await expect(summary(page), 'a real word is never "corrected"').not.toContainText('Did you mean');
    await expect(results(page)).toHaveCount(0);
  }
  await page.getByRole('button', { name: /^Show the (\d+ pages that mention|page that mentions) some of your words$/ }).click();
  await expect(results(page).first()).toBeVisible();

  // Questions whose best page lacks a word too, but is about the others (an alias, a heading, said often).
  for (const question of ['can my mum babysit', 'teenager is vaping', 'social worker turned up without warning']) {
    await searchFor(page, question);
    await expect(results(page).first(), question).toBeVisible();
    await expect(box, question).toBeHidden();
  }
});
