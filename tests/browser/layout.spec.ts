/** Print layout. (No sideways scrolling at 320px, in every reading mode, is checked per page in pages.spec.ts.) */
import { expect, test } from '@playwright/test';

test('printing shows the content without the navigation', async ({ page }) => {
  await page.goto('/handbook/missing-from-care/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main')).toContainText('Missing');
  for (const navigation of ['Main', 'Breadcrumb', 'Footer', 'Previous and next pages']) {
    await expect(page.getByRole('navigation', { name: navigation })).toBeHidden();
  }
});
