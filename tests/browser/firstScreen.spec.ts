/**
 * The answer on a phone's first screen (390 x 844): on every content page the title starts in the top
 * quarter at Standard size and is wholly on the first screen at Largest; the text comes before the
 * standards box; no word of the text is split across two lines at Largest; and High visibility shows the
 * chosen option as chosen. Each page is loaded once and checked at both sizes in place.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site.ts';
import { setReadingMode } from './readingModes.ts';

const phone = { width: 390, height: 844 };
const contentPages = sitemapPaths().filter((path) => /^\/(handbook|guides|documents)\/[^/]+\/$/.test(path));
const everyPage = sitemapPaths().filter((path) => path !== '/print/');

test.use({ viewport: phone });

/** Where the page's h1 is, in CSS pixels from the top of the page. */
const titleBox = (page: Page) => page.evaluate(() => {
  const box = document.querySelector('main h1')!.getBoundingClientRect();
  return { top: box.top + scrollY, bottom: box.bottom + scrollY };
});

/**
 * Words of the readable text that the browser split across two lines: each word (hyphenated words count
 * by their parts, and web and email addresses are left out, as they may break anywhere) whose range has
 * boxes on more than one line.
 */
const splitWords = (page: Page) =>
  page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node: Node | null; (node = walker.nextNode()); ) {
      const parent = node.parentElement!;
      if (!parent.checkVisibility() || parent.closest('[hidden], .visually-hidden')) continue;
      for (const match of (node.textContent ?? '').matchAll(/[^\s\-–—/]+/g)) {
        if (/[@.:]\S/.test(match[0]) || match[0].length < 2) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(match[0]);
      }
    }
    return split;
  });

test.describe('every content page at 390 x 844', () => {
  for (const path of contentPages) {
    test(`${path}: title on the first screen, the answer before the standards box`, async ({ page }) => {
      await page.goto(path);
      await setReadingMode(page, 'standard');
      const standard = await titleBox(page);
      expect(standard.top, 'the title starts in the top quarter of the screen at Standard size').toBeLessThanOrEqual(phone.height / 4);

      const order = await page.evaluate(() => {
        const article = document.querySelector('main article')!;
        const box = article.querySelector('.standards-box');
        const firstOfText = article.querySelector(':scope > h2, :scope > p:not(.lead), :scope > ul, :scope > ol, :scope > .important');
        return {
          hasBox: !!box,
          textFirst: !box || !firstOfText || !!(firstOfText.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING),
          boxBelow: !box || !firstOfText || box.getBoundingClientRect().top > firstOfText.getBoundingClientRect().top,
        };
      });
      expect(order.textFirst, 'the text comes before the standards box').toBe(true);
      expect(order.boxBelow, 'and shows before it').toBe(true);

      await setReadingMode(page, 'largest');
      const largest = await titleBox(page);
      expect(largest.bottom, 'the whole title is on the first screen at Largest').toBeLessThanOrEqual(phone.height);
    });
  }
});

test.describe('no word split across lines at Largest, 390 px wide', () => {
  for (const path of everyPage) {
    test(`${path}`, async ({ page }) => {
      await page.goto(path);
      await setReadingMode(page, 'largest');
      expect(await splitWords(page)).toEqual([]);
    });
  }
});

test('High visibility: the chosen text size looks chosen and the others do not (computed styles)', async ({ page }) => {
  await page.goto('/handbook/missing-from-care/');
  await setReadingMode(page, 'high');
  await page.getByRole('banner').getByRole('button', { name: 'Text size and contrast' }).click();
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.reading-controls input[type="radio"]')].map((input) => {
      const mark = getComputedStyle(input, '::before');
      const ring = getComputedStyle(input);
      return { value: input.value, checked: input.checked, filled: mark.transform !== 'matrix(0, 0, 0, 0, 0, 0)' && mark.backgroundColor === ring.borderTopColor, fill: ring.backgroundColor };
    }),
  );
  expect(marks.filter((m) => m.filled).map((m) => m.value)).toEqual(['standard']);
  // Not chosen: an empty ring on the background (black), never a solid white disc.
  expect(new Set(marks.map((m) => m.fill))).toEqual(new Set(['rgb(0, 0, 0)']));
  await page.getByText('Largest', { exact: true }).click();
  const chosen = await page.evaluate(() => getComputedStyle(document.querySelector('.reading-controls input[value="largest"]')!, '::before').transform);
  expect(chosen).not.toBe('matrix(0, 0, 0, 0, 0, 0)');
});

test('the home page gives the Fostering On Call number on the first screen at Standard size', async ({ page }) => {
  await page.goto('/');
  const call = page.getByRole('link', { name: /^07958 337681$/ }).first();
  const box = await call.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
});
