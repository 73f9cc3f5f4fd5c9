import { expect, test } from '@playwright/test';

test('a reader walks home, contents, a section, a standard it cites, and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contents' }).click();
  await expect(page).toHaveURL(/\/contents\/$/);
  await expect(page.locator('h1')).toHaveText('Contents');

  await page.getByRole('link', { name: 'Foster Care Agreement', exact: true }).click();
  await expect(page).toHaveURL(/\/handbook\/foster-care-agreement\/$/);
  await expect(page.locator('h1')).toHaveText('Foster Care Agreement');

  const standards = page.getByRole('navigation', { name: 'Standards and regulations' });
  await standards.getByRole('link', { name: /^Schedule 5:/ }).click();
  await expect(page).toHaveURL(/\/standards\/reg-schedule-5\/$/);
  await expect(page.locator('h1')).toContainText('Schedule 5');
  await expect(page.getByRole('link', { name: /legislation\.gov\.uk/ })).toHaveAttribute(
    'href',
    'https://www.legislation.gov.uk/uksi/2011/581/schedule/5',
  );

  await page.getByRole('main').getByRole('link', { name: 'Foster Care Agreement' }).click();
  await expect(page).toHaveURL(/\/handbook\/foster-care-agreement\/$/);
});

test('section pages have breadcrumbs, the current area marked, and previous/next links', async ({ page }) => {
  await page.goto('/handbook/foster-care-agreement/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Contents', 'Being a foster carer']);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contents' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.locator('text=Last reviewed')).toBeVisible();
});

test('the home page offers help now with tap-to-call numbers, 999 first', async ({ page }) => {
  await page.goto('/');
  const help = page.getByRole('region', { name: 'Get help now' });
  const calls = help.locator('a[href^="tel:"]');
  await expect(calls.first()).toHaveAttribute('href', 'tel:999');
  await expect(help).toContainText('out of hours');
  expect(await calls.count()).toBeGreaterThanOrEqual(2);
});
