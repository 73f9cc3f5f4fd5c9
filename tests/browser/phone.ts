/**
 * The checks for a phone's first screen (390 x 844, and 320 wide), run on a page already loaded: where the
 * title is, whether the text comes before the standards box, which words the browser split across two
 * lines, and the geometry of the header, title and urgent numbers with what is wrong with it.
 */
import type { Page } from '@playwright/test';

export const phone = { width: 390, height: 844 };
/** The phone widths every content page is measured at, in every reading mode. */
export const phoneWidths = [320, 390] as const;

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

/** What one page measures at one width and mode (CSS pixels from the top of the page). */
export interface PhoneGeometry {
  header: number;
  headerRows: number;
  titleTop: number;
  titleBottom: number;
  /** Where the first number of an urgent page's "What to do now" ends, if the page has one. */
  urgentNumber?: number;
  /** Whether "What to do now" comes right after the title (and its label). */
  urgentUnderTitle?: boolean;
  /** The home page's 999 and Fostering On Call. */
  homeNumbers?: number[];
  sideways: number;
  clipped: string[];
}

/** The header, title, urgent numbers, sideways scrolling and cut-off controls of a page as it stands. */
export const phoneGeometry = (page: Page) =>
  page.evaluate((): PhoneGeometry => {
    const y = (box: DOMRect) => box.bottom + scrollY;
    const header = document.querySelector('header.site-header')!;
    // The header's own rows: its visible controls, grouped where their boxes overlap vertically.
    const items = [...header.querySelectorAll('.site-header__name, .site-header__search-link, .reading-controls-button, summary, nav li')]
      .filter((el) => el.checkVisibility())
      .map((el) => el.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let rowBottom = -Infinity;
    for (const box of items) {
      if (box.top >= rowBottom - 1) {
        rows++;
        rowBottom = box.bottom;
      } else rowBottom = Math.max(rowBottom, box.bottom);
    }
    const h1 = document.querySelector('main h1')!.getBoundingClientRect();
    const urgent = document.querySelector('.urgent-steps');
    const afterTitle = document.querySelector('main h1')!.nextElementSibling;
    const urgentLink = urgent?.querySelector('a[href^="tel:"]');
    const help = [...document.querySelectorAll('#get-help a[href^="tel:"]')].slice(0, 2);
    const html = document.documentElement;
    // A control is cut off when it sticks out of the window or its own box hides part of its text.
    const clipped = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden, table'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1) return false; // a skip link waiting off screen
        const outside = box.left < -0.5 || box.right > html.clientWidth + 0.5;
        const cut = el.matches('button, summary') && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        return (outside && box.top > -100) || cut;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`);
    return {
      header: Math.round(header.getBoundingClientRect().bottom + scrollY),
      headerRows: rows,
      titleTop: Math.round(h1.top + scrollY),
      titleBottom: Math.round(y(h1)),
      urgentNumber: urgentLink ? Math.round(y(urgentLink.getBoundingClientRect())) : undefined,
      urgentUnderTitle: urgent ? afterTitle === urgent : undefined,
      homeNumbers: help.length ? help.map((a) => Math.round(y(a.getBoundingClientRect()))) : undefined,
      sideways: html.scrollWidth - html.clientWidth,
      clipped,
    };
  });

/**
 * What is wrong with a page's geometry at one width and mode on an 844 px tall phone: the header at most
 * two rows and a quarter of the screen; the title on the first screen (unless it is taller than the
 * screen left under the header, which no layout can help); "What to do now" right under the title and its
 * first number on the first screen (within two at Largest); the home page's urgent numbers on the first
 * screen at 390 px in every mode, and within two at 320 px with the largest text; nothing sideways and no
 * control cut off.
 */
export function geometryProblems(where: string, width: number, mode: string, g: PhoneGeometry): string[] {
  const screen = phone.height;
  const large = mode === 'largest' || mode === 'largest-high';
  const problems: string[] = [];
  const titleCannotFit = g.titleBottom - g.titleTop > screen - g.header;
  if (g.header > screen / 4) problems.push(`${where}: the header ends at ${g.header} px, more than a quarter of the screen`);
  if (g.headerRows > 2) problems.push(`${where}: the header has ${g.headerRows} rows`);
  if (g.titleBottom > screen && !titleCannotFit) problems.push(`${where}: the title ends at ${g.titleBottom} px, below the first screen`);
  if (g.urgentUnderTitle === false) problems.push(`${where}: "What to do now" is not right under the title`);
  if (g.urgentNumber !== undefined && g.urgentNumber > (large ? 2 : 1) * screen)
    problems.push(`${where}: the first number to ring ends at ${g.urgentNumber} px`);
  const homeLimit = width === 390 || !large ? screen : 2 * screen;
  for (const bottom of g.homeNumbers ?? []) {
    if (bottom > homeLimit) problems.push(`${where}: an urgent number on the home page ends at ${bottom} px`);
  }
  if (g.sideways > 0) problems.push(`${where}: scrolls sideways by ${g.sideways} px`);
  for (const control of g.clipped) problems.push(`${where}: ${control} is cut off`);
  return problems;
}
