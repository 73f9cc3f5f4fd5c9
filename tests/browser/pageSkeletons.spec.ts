/**
 * Page skeletons as assistive technology meets them, pinned with Playwright's aria snapshots. `/children:
 * equal` makes a level match exactly (nothing added, dropped or moved), `deep-equal` the whole subtree;
 * below those, page text may change without breaking the test. On a phone at Largest + High visibility
 * (the header folded behind Menu) and on a wide screen at Standard (the navigation and the search box in
 * the header).
 */
import { expect, test, type Page } from '@playwright/test';
import { contactPhone } from './site.ts';

/** Opens a page and matches its whole body: the skip link, then the header and main given, then the footer. */
async function expectSkeleton(page: Page, path: string, between: string) {
  await page.goto(path);
  await expect(page.locator('body')).toMatchAriaSnapshot(`
- /children: equal
- link "Skip to main content"
${between.trim()}
- contentinfo
`);
}

const onCall = contactPhone('fostering-on-call');

test.describe('on a 390 px phone at Largest + High visibility', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('text-size', 'largest');
      localStorage.setItem('contrast', 'high');
    });
  });

  const banner = `
- banner:
  - /children: equal
  - link "Coventry City Council Foster Carer’s Handbook"
  - link "Search"
  - button "Text size and contrast"
  - group: Menu`;

  test('home page: header, then the numbers to ring first in the main content', async ({ page }) => {
    await expectSkeleton(
      page,
      '/',
      `
${banner}
- main:
  - heading "Foster Carer’s Handbook" [level=1]
  - region "Get help now":
    - /children: equal
    - heading "Get help now" [level=2]
    - list:
      - /children: equal
      - listitem:
        - text: "Emergency services:"
        - link "999"
        - text: If a child is in immediate danger or someone is hurt, call 999 first.
      - listitem:
        - text: "Fostering On Call (out of hours):"
        - link "${onCall}"
        - text: /Urgent and emergency help/
      - listitem:
        - text: "Coventry Fostering Service:"
        - link /\\d/
        - text: /Monday/
`,
    );
  });

  test('an urgent One Minute Guide: what to do now, right under the title', async ({ page }) => {
    await expectSkeleton(
      page,
      '/guides/missing-from-care/',
      `
${banner}
- navigation "Breadcrumb"
- main:
  - article:
    - paragraph: One Minute Guide
    - heading "Missing from care" [level=1]
    - region "What to do now":
      - /children: equal
      - heading "What to do now" [level=2]
      - list:
        - /children: equal
        - listitem:
          - text: Ring Emergency services on
          - link "999"
        - listitem:
          - text: Ring Fostering On Call (out of hours) on
          - link "${onCall}"
      - list:
        - /children: equal
        - listitem:
          - text: "If there is an immediate serious risk, call the police first. Emergency services:"
          - link "999"
        - listitem:
          - text: "Tell your Supervising Social Worker or fostering manager. Out of hours, call Fostering On Call. Coventry Fostering Service:"
          - link "024 7683 2828"
          - text: "Fostering On Call:"
          - link "${onCall}"
        - listitem: Make reasonable first checks to find the child, without putting yourself at risk.
    - paragraph: What to do if a child in your care goes missing or you think they might run away.
    - heading "What is it?" [level=2]
    - heading "Why does it matter?" [level=2]
    - heading "What do I need to do?" [level=2]
    - heading "Where can I find out more?" [level=2]
    - region "This guide summarises"
    - navigation "Standards and regulations"
`,
    );
  });

  test('the search page: no Search link in its own header; the form first in the main content', async ({ page }) => {
    await expectSkeleton(
      page,
      '/search/',
      `
${banner.replace('\n  - link "Search"', '')}
- navigation "Breadcrumb"
- main:
  - heading "Search" [level=1]
  - search "Handbook":
    - text: Search the handbook
    - paragraph: /Type a question or a few words/
    - searchbox "Search the handbook"
    - button "Search"
`,
    );
  });
});

test.describe('on a wide screen at Standard size', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a handbook page: the whole header on one row, the page after it', async ({ page }) => {
    await expectSkeleton(
      page,
      '/handbook/missing-from-care/',
      `
- banner:
  - /children: equal
  - link "Coventry City Council Foster Carer’s Handbook"
  - button "Text size and contrast"
  - group:
    - navigation "Main":
      - list:
        - /children: equal
        - listitem:
          - link "Contents"
        - listitem:
          - link "One Minute Guides"
        - listitem:
          - link "A to Z"
  - search "Site":
    - /children: equal
    - text: Search the handbook
    - searchbox "Search the handbook"
    - button "Search"
- navigation "Breadcrumb"
- main:
  - article:
    - heading "Missing from Care" [level=1]
    - region "What to do now"
    - paragraph: /What to do if a child in your care goes missing/
    - region "Key points"
`,
    );
  });
});
