/** The printable handbook, /print/: contents that lead to every part and page, in-page links, and what paper says. */
import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { sitemapPaths } from './site.ts';

test('the contents list every printed page, in the order they are printed, and every in-page link has a target', async ({ page }) => {
  await page.goto('/print/');
  const { contents, printed, broken } = await page.evaluate(() => {
    const contents = [...document.querySelectorAll<HTMLAnchorElement>('.print-contents a')].map((a) => a.hash.slice(1));
    const printed = [...document.querySelectorAll('main [id^="part-"], main #guides, main #documents, main .print-page')].map((el) => el.id);
    const broken = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
      .filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1))))
      .map((a) => a.getAttribute('href'));
    return { contents, printed, broken };
  });
  expect(contents).toEqual(printed);
  const pages = sitemapPaths().filter((p) => /^\/(handbook|guides|documents)\/[^/]+\/$/.test(p));
  expect(contents.filter((id) => /^(handbook|guides|documents)-/.test(id)).sort()).toEqual(
    pages.map((p) => p.slice(1, -1).replace('/', '-')).sort(),
  );
  expect(broken).toEqual([]);

  await page.locator('.print-contents').getByRole('link', { name: 'Allegations', exact: true }).first().click();
  await expect(page).toHaveURL(/#handbook-allegations$/);
  await expect(page.locator('#handbook-allegations h3')).toBeInViewport();
});

test('on paper: the cover says when it was printed and where the latest version is; screen-only parts are not printed', async ({ page }) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  const printedOn = `Printed on ${formatDate(new Date())}. Check the online handbook for the latest version: `;
  await expect(page.locator('.print-cover [data-printed-on]')).toBeVisible();
  await expect(page.locator('.print-cover [data-printed-on]')).toContainText(printedOn);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Text size and contrast' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-cover [data-printed-on]')).toBeHidden();
});
