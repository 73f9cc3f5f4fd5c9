/**
 * Search that forgives: misspelt words are corrected from the handbook's own vocabulary, either straight
 * away ("Showing results for … instead of …") or offered as a "Did you mean …?" link that runs the
 * corrected search.
 */
import { expect, test } from '@playwright/test';
import { resultUrls, searchBox, searchFor, searchTest, status, summary } from './searchPage.ts';

/** Common handbook words as carers misspell them, and what the search page should make of them. */
const misspelt = [
  { typed: 'safegaurding', meant: 'safeguarding', offered: false },
  { typed: 'alegation', meant: 'allegation', offered: false },
  { typed: 'fostering allowence', meant: 'fostering allowance', offered: false },
  { typed: 'repsite care', meant: 'respite care', offered: false },
  // "tran…" begins "transport": Pagefind would find transport, but a letter left out is a slip.
  { typed: 'foster carer traning', meant: 'foster carer training', offered: false },
  { typed: 'pocket mony', meant: 'pocket money', offered: true },
  { typed: 'sleep over', meant: 'sleepover', offered: true },
];

for (const { typed, meant, offered } of misspelt) {
  searchTest(`“${typed}” ${offered ? 'offers' : 'searches for'} “${meant}”`, async ({ searchPage: page }) => {
    await searchFor(page, typed);
    if (offered) {
      // The query as typed found pages: they are shown, and the correction is a link that runs it.
      await expect(status(page)).toContainText(`for “${typed}”`);
      const link = summary(page).getByRole('link', { name: meant, exact: true });
      await expect(summary(page)).toContainText(`Did you mean ${meant}?`);
      await expect(status(page), 'and says it').toContainText(`Did you mean ${meant}?`);
      await link.click();
      await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: meant })}`);
      await expect(searchBox(page)).toHaveValue(meant);
      await expect(status(page)).toContainText(`for “${meant}”`);
    } else {
      await expect(status(page)).toContainText(`Showing results for “${meant}” instead of “${typed}”:`);
      await expect(searchBox(page)).toHaveValue(typed);
    }
    // Either way the reader ends with results for the handbook's word, marked in the excerpts.
    const word = meant.split(' ').at(-1)!.slice(0, 5);
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(
      marks.some((mark) => mark.toLowerCase().startsWith(word)),
      marks.join(', '),
    ).toBe(true);
  });
}

/*
 * A real word the reader may have meant is never replaced by a handbook term that is not a typing slip of
 * it (a letter left out, one too many, two swapped): at most it is offered. From a hostile review, where
 * each was once searched instead.
 */
for (const { typed, offered } of [
  { typed: 'sexual exploration', offered: 'sexual exploitation' },
  { typed: 'leaving cake for foster child', offered: 'leaving care for foster child' },
  { typed: 'child held in a police cell', offered: undefined },
  { typed: 'birth mum has serious cancer', offered: undefined },
  // Once offered "virtualschool", from an email address on the page.
  { typed: 'virtual school', offered: undefined },
  // A place: once "trip to parts".
  { typed: 'school trip to paris', offered: undefined },
  // Once "Did you mean grandma touched her?": grandad is a carers' word for family and friends care.
  { typed: 'grandad touched her', offered: undefined },
]) {
  searchTest(`“${typed}” is searched as typed${offered ? `, “${offered}” only offered` : ''}`, async ({ searchPage: page }) => {
    await searchFor(page, typed);
    await expect(status(page)).toContainText(`“${typed}”`);
    await expect(status(page)).not.toContainText('instead of');
    await expect(searchBox(page)).toHaveValue(typed);
    if (offered) await expect(summary(page)).toContainText(`Did you mean ${offered}?`);
    else await expect(summary(page)).not.toContainText('Did you mean');
  });
}

test('a query that finds nothing is corrected automatically, and the page says so', async ({ page }) => {
  await page.goto('/search/?q=safegaurding');
  await expect(status(page)).toHaveText(/^Showing results for “safeguarding” instead of “safegaurding”: \d+ results?\b/);
  expect(await resultUrls(page, 1)).toEqual(['/handbook/safeguarding-and-child-protection/']);
  await expect(page).toHaveURL(/\?q=safegaurding$/);
  await expect(page.getByRole('heading', { name: 'Suggestions' })).toBeHidden();
  // The correction's pages, not the pages that share a few letters with what was typed ("safe", "safer").
  for (const mark of await page.locator('[data-search-results] mark').allTextContents()) expect(mark).toMatch(/^safeguarding/i);
});

test('an offered correction for a short word is run when nothing else is found', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'mony');
  await expect(status(page)).toContainText('Showing results for “money” instead of “mony”:');
});

test('words that are not in the handbook but are not misspellings are left alone', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'xylophonequartz');
  await expect(status(page)).toHaveText('No results for “xylophonequartz”. Try other words, or use the A to Z index.');
  await searchFor(page, 'holiday abroad');
  await expect(status(page)).not.toContainText('Did you mean');
  await expect(status(page)).not.toContainText('Showing results for');
});
