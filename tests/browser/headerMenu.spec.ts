/**
 * The header's Menu button on a phone: it folds the navigation where the navigation does not fit a row
 * (Largest + High visibility on a 320 px phone), with and without JavaScript, and is not there where the
 * navigation fits. Every content page's geometry on 320 and 390 px phones in every reading mode is
 * measured by pages.spec.ts, on the page it has already loaded (phone.ts, geometryProblems).
 */
import { expect, test } from '@playwright/test';
import { setReadingMode } from './readingModes.ts';
import { phone } from './phone.ts';

const screen = phone.height;

test.describe('the Menu button', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`folds the navigation at Largest + High visibility on a 320 px phone and opens it, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 320, height: screen } });
      await context.addInitScript(() => {
        localStorage.setItem('text-size', 'largest');
        localStorage.setItem('contrast', 'high');
      });
      const page = await context.newPage();
      await page.goto('/guides/missing-from-care/');
      if (!javaScriptEnabled) await setReadingMode(page, 'largest-high');
      const header = page.getByRole('banner');
      const contents = header.getByRole('link', { name: 'Contents' });
      await expect(contents).toBeHidden();
      await expect(header.getByRole('link', { name: 'Search' })).toBeVisible();
      await header.getByText('Menu', { exact: true }).click();
      await expect(contents).toBeVisible();
      await expect(header.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
        'Contents',
        'One Minute Guides',
        'A to Z',
      ]);
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await sideways(), 'the open menu fits the screen').toBe(0);
      if (javaScriptEnabled) {
        await header.getByRole('button', { name: 'Text size and contrast' }).click();
        await expect(page.getByRole('region', { name: 'Text size and contrast' })).toBeVisible();
        expect(await sideways(), 'the open reading controls fit the screen').toBe(0);
      }
      await header.getByRole('link', { name: 'One Minute Guides' }).click();
      await expect(page).toHaveURL(/\/guides\/$/);
      await context.close();
    });
  }

  test('is not there where the navigation fits (Standard text on a 390 px phone, and wide screens)', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: screen });
      await page.goto('/guides/missing-from-care/');
      await expect(page.getByRole('banner').getByText('Menu', { exact: true })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contents' })).toBeVisible();
    }
  });
});
