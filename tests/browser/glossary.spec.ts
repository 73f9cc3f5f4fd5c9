/**
 * Glossary acronyms work for a screen-reader user (the link's accessible name carries the expansion)
 * and for a touch-screen user (tapping the acronym opens its definition), and the pages stay axe-clean.
 */
import { expect, test } from '@playwright/test';
import { contactPhone } from './site.ts';
import { axeViolations } from './readingModes.ts';

const page = '/handbook/child-care-support-back-up-carers-and-short-stays/';

test('the first DBS on a page is a link whose accessible name includes the expansion', async ({ page: browserPage }) => {
  await browserPage.goto(page);
  const term = browserPage.getByRole('link', { name: 'DBS (Disclosure and Barring Service)', exact: true });
  await expect(term).toHaveCount(1);
  await expect(term).toHaveAttribute('href', '/glossary/#dbs');
  // Sighted readers see the acronym as written; the expansion is for assistive technology.
  await expect(term).toHaveText('DBS (Disclosure and Barring Service)', { useInnerText: false });
  const hidden = term.locator('.visually-hidden');
  expect(await hidden.evaluate((el) => getComputedStyle(el).clipPath)).not.toBe('none');
  expect((await hidden.boundingBox())?.width).toBeLessThanOrEqual(1);
  expect(await axeViolations(browserPage)).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 412, height: 839 }, deviceScaleFactor: 2.625, hasTouch: true, isMobile: true });

  test('tapping the acronym opens its definition in the glossary', async ({ page: browserPage }) => {
    await browserPage.goto(page);
    await browserPage.getByRole('link', { name: 'DBS (Disclosure and Barring Service)' }).tap();
    await expect(browserPage).toHaveURL(/\/glossary\/#dbs$/);
    const entry = browserPage.locator('#dbs');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('Disclosure and Barring Service');
    await expect(browserPage.locator('#dbs + dd')).toContainText(/check/i);
    expect(await axeViolations(browserPage)).toEqual([]);
  });
});

test('the glossary letter index jumps to a letter', async ({ page: browserPage }) => {
  await browserPage.goto('/glossary/');
  const letters = browserPage.getByRole('navigation', { name: 'Glossary letters' });
  await letters.getByRole('link', { name: 'S', exact: true }).click();
  await expect(browserPage).toHaveURL(/#letter-s$/);
  await expect(browserPage.getByRole('heading', { name: 'S', exact: true })).toBeInViewport();
});

test('the Contacts page puts Get help now first and every number is tap-to-call', async ({ page: browserPage }) => {
  await browserPage.goto('/contacts/');
  const headings = await browserPage.locator('main h2').allInnerTexts();
  expect(headings[0]).toBe('Get help now');
  const onCall = contactPhone('fostering-on-call');
  const call = browserPage.getByRole('link', { name: onCall }).first();
  await expect(call).toHaveAttribute('href', `tel:${onCall.replace(/\s/g, '')}`);
});
