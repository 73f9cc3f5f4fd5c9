/**
 * The checks for a phone's first screen (390 x 844), run on a page already loaded: where the title is,
 * whether the text comes before the standards box, and which words the browser split across two lines.
 */
import type { Page } from '@playwright/test';

export const phone = { width: 390, height: 844 };

/** Where the page's h1 is, in CSS pixels from the top of the page. */
export const titleBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('main h1')!.getBoundingClientRect();
    return { top: box.top + scrollY, bottom: box.bottom + scrollY };
  });

/** Whether the article's text comes before its standards box, in the page and on the screen. */
export const textBeforeStandards = (page: Page) =>
  page.evaluate(() => {
    const article = document.querySelector('main article');
    const box = article?.querySelector('.standards-box');
    const firstOfText = article?.querySelector(':scope > h2, :scope > p:not(.lead), :scope > ul, :scope > ol, :scope > .important');
    if (!box || !firstOfText) return { inOrder: true, onScreen: true };
    return {
      inOrder: !!(firstOfText.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING),
      onScreen: box.getBoundingClientRect().top > firstOfText.getBoundingClientRect().top,
    };
  });

/**
 * Words of the main content that the browser split across two lines. A word is what lies between spaces,
 * hyphens, dashes and slashes (a line may break at those); web and email addresses are left out, as they
 * may break anywhere. A word is split when its last box starts below its first.
 */
export const splitWords = (page: Page) =>
  page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node: Node | null; (node = walker.nextNode());) {
      const parent = node.parentElement!;
      if (!parent.checkVisibility() || parent.closest('[hidden], .visually-hidden')) continue;
      for (const match of (node.textContent ?? '').matchAll(/[^\s\-–—/]+/g)) {
        if (/[@.:]\S/.test(match[0]) || match[0].length < 2) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        if (boxes.length > 1 && boxes.at(-1)!.top >= boxes[0].bottom - 2) split.push(match[0]);
      }
    }
    return split;
  });
