import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site.ts';

test.describe('at 320 CSS px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways', async ({ page }) => {
    const wide: string[] = [];
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (${overflow}px)`);
    }
    expect(wide).toEqual([]);
  });
});

test('printing shows the content without the navigation', async ({ page }) => {
  await page.goto('/handbook/missing-from-care/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main')).toContainText('Missing');
  for (const navigation of ['Main', 'Breadcrumb', 'Footer', 'Previous and next pages']) {
    await expect(page.getByRole('navigation', { name: navigation })).toBeHidden();
  }
});
