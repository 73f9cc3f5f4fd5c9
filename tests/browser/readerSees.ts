/**
 * What a loaded page shows a reader, read in one call inside the page, and its header buttons pressed
 * there: for pages.spec, which reads ~195 pages twice each. A page that any Playwright locator touches is
 * sent Playwright's injected script (about 345 KB of source, parsed again in every document), which cost
 * a fifth of a plain page load; with these, pages.spec's pages never need it.
 *
 * Visible is what Playwright's toBeVisible means: a box with a size, and not visibility: hidden.
 */
import type { Page } from '@playwright/test';

export interface ReaderSees {
  /** For each selector, whether its first match is visible (false when nothing matches). */
  visible: boolean[];
  /** How many characters of text <main> shows, as innerText gives them. */
  mainText: number;
  /** Whether a region with this accessible name (aria-label, or the text of aria-labelledby) is visible. */
  region: boolean;
}

export function readerSees(page: Page, selectors: readonly string[], regionName: string): Promise<ReaderSees> {
  return page.evaluate(
    ({ selectors, regionName }) => {
      const visible = (el: Element | null) => {
        if (!el || !el.checkVisibility({ visibilityProperty: true })) return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      };
      const nameOf = (el: Element) =>
        (
          el.getAttribute('aria-label') ??
          (el.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        )
          .replace(/\s+/g, ' ')
          .trim();
      const regions = [...document.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]')];
      return {
        visible: selectors.map((selector) => visible(document.querySelector(selector))),
        mainText: (document.querySelector('main') as HTMLElement | null)?.innerText.trim().length ?? 0,
        region: regions.some((el) => nameOf(el) === regionName && visible(el)),
      };
    },
    { selectors, regionName },
  );
}

/**
 * Presses the header's button with this accessible name (its aria-label, or its text), as a click on it
 * would; throws if the header has no such button shown.
 */
export async function pressHeaderButton(page: Page, name: string): Promise<void> {
  const pressed = await page.evaluate((name) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('header button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name && b.checkVisibility() && !b.disabled,
    );
    button?.click();
    return button !== undefined;
  }, name);
  if (!pressed) throw new Error(`the header has no "${name}" button to press`);
}
