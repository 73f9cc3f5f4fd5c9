import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags, sitemapPaths } from './site.ts';

const paths = sitemapPaths();

test('the sitemap lists the pages of the site', () => {
  for (const path of ['/', '/contents/', '/guides/', '/documents/', '/standards/', '/standards/nms-4/']) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('/handbook/')).length).toBeGreaterThanOrEqual(6);
});

test.describe('every sitemap URL', () => {
  for (const path of paths) {
    test(`${path} loads with one h1, a title and landmarks, and axe finds no WCAG 2.2 AA violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.title()).trim().length).toBeGreaterThan(0);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      for (const landmark of ['header', 'nav[aria-label="Main"]', 'main', 'footer']) {
        await expect(page.locator(landmark).first()).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of paths) {
    test(`${path} is readable`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('main h1')).toBeVisible();
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length).toBeGreaterThan(50);
    });
  }
});

test('an unknown address shows the useful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Find the page in the contents' })).toHaveAttribute('href', '/contents/');
});
