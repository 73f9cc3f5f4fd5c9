/**
 * Page skeletons as assistive technology meets them, pinned with Playwright's aria snapshots. `/children:
 * equal` makes a level match exactly (nothing added, dropped or moved), `deep-equal` the whole subtree;
 * below those, page text may change without breaking the test. On a phone at Largest + High visibility
 * (the header folded behind Menu) and on a wide screen at Standard (the navigation and the search box in
 * the header).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contactPhone } from './site.ts';

const onCall = contactPhone('fostering-on-call');

/**
 * A skeleton from tests/browser/skeletons/NAME.yml, as Playwright keeps aria snapshots in files, with
 * {banner} (the phone's folded header, banner-phone.yml) and {onCall} (Fostering On Call's number, from
 * the content) filled in.
 */
function skeleton(name: string): string {
  const fill: Record<string, () => string> = { banner: () => skeleton('banner-phone').trim(), onCall: () => onCall };
  return readFileSync(join(import.meta.dirname, 'skeletons', `${name}.yml`), 'utf8').replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!fill[key]) throw new Error(`${name}.yml: nothing to fill in for {${key}}`);
    return fill[key]();
  });
}

/** Opens a page and matches its whole body: the skip link, then the skeleton's header and main, then the footer. */
async function expectSkeleton(page: Page, path: string, name: string) {
  await page.goto(path);
  await expect(page.locator('body')).toMatchAriaSnapshot(`
- /children: equal
- link "Skip to main content"
${skeleton(name).trim()}
- contentinfo
`);
}

test.describe('on a 390 px phone at Largest + High visibility', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('text-size', 'largest');
      localStorage.setItem('contrast', 'high');
    });
  });

  test('home page: header, then the numbers to ring first in the main content', async ({ page }) => {
    await expectSkeleton(page, '/', 'home-phone');
  });

  test('an urgent One Minute Guide: what to do now, right under the title', async ({ page }) => {
    await expectSkeleton(page, '/guides/missing-from-care/', 'urgent-guide-phone');
  });

  test('the search page: no Search link in its own header; the form first in the main content', async ({ page }) => {
    await expectSkeleton(page, '/search/', 'search-phone');
  });
});

test.describe('on a wide screen at Standard size', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a handbook page: the whole header on one row, the page after it', async ({ page }) => {
    await expectSkeleton(page, '/handbook/missing-from-care/', 'handbook-wide');
  });
});
