/**
 * Checks a loaded page in each reading mode without loading it again: the modes are the attributes the
 * head script puts on <html> (set here directly) and Chromium's forced-colours emulation. Each check runs
 * inside the page in one evaluate call, so ~190 pages × 4 modes stay fast on a 2-core machine.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { axeTags } from './site.ts';

// The axe-core that @axe-core/playwright depends on (the same version, without adding a package).
const require = createRequire(import.meta.url);
const axeSource: string = require(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core')).source;

export type ReadingMode = 'standard' | 'largest' | 'high' | 'largest-high' | 'forced-colours';

/**
 * Whether each page was last set to emulate forced colours, by setForcedColours: Chromium is told only of
 * a change (pages.spec switches mode ~20 times a page, and each emulation call restyles the whole page).
 */
const forcedColoursOn = new WeakMap<Page, boolean>();

/** Chromium's forced-colours emulation on or off (only a change is sent). */
export async function setForcedColours(page: Page, on: boolean): Promise<void> {
  if (forcedColoursOn.get(page) === on) return;
  await page.emulateMedia({ forcedColors: on ? 'active' : 'none' });
  forcedColoursOn.set(page, on);
}

/** The attributes the head script puts on <html> for a reading mode (null: the attribute is removed). */
export function modeAttributes(mode: ReadingMode): Record<string, string | null> {
  return {
    'data-text-size': mode === 'largest' || mode === 'largest-high' ? 'largest' : null,
    'data-contrast': mode === 'high' || mode === 'largest-high' ? 'high' : null,
  };
}

export async function setReadingMode(page: Page, mode: ReadingMode): Promise<void> {
  await setForcedColours(page, mode === 'forced-colours');
  await page.evaluate((attributes) => {
    for (const [name, value] of Object.entries(attributes))
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
  }, modeAttributes(mode));
}

/**
 * Adds axe to every document the page loads, before the page's own scripts: evaluating axe's half a
 * megabyte of source after each load costs more than compiling it as the page loads.
 */
export async function addAxeToEveryDocument(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource });
}

/**
 * axe with WCAG 2.0-2.2 A and AA; with `enhanced`, also the AAA contrast rule (high visibility's promise).
 * Returns one line per violation, or throws if the AAA rule did not run at all (so the check cannot pass
 * by silently not happening). axe is injected once per page load and run in place: AxeBuilder's
 * per-call injection and extra page cost seconds per call, which ~760 runs cannot afford.
 */
export async function axeViolations(page: Page, { enhanced = false } = {}): Promise<string[]> {
  const run = () =>
    page.evaluate(
      async ({ tags, enhanced }) => {
        const axe = (window as unknown as { axe?: typeof import('axe-core') }).axe;
        // Not in this document yet (a page without addAxeToEveryDocument): added, then run again.
        if (!axe) return undefined;
        const results = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          rules: enhanced ? { 'color-contrast-enhanced': { enabled: true } } : {},
          resultTypes: ['violations'],
        });
        const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
        const violations = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` - ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('; ')})`,
        );
        return { violations, ran };
      },
      { tags: axeTags, enhanced },
    );
  let outcome = await run();
  if (!outcome) {
    await page.evaluate(axeSource);
    outcome = await run();
  }
  if (!outcome) throw new Error('axe could not be added to the page');
  const { violations, ran } = outcome;
  if (enhanced && !ran.includes('color-contrast-enhanced')) throw new Error('axe did not run color-contrast-enhanced');
  return violations;
}

/** WCAG 1.4.10: how far the page is wider than the window (0 when nothing scrolls sideways), and what sticks out. */
export function horizontalOverflow(page: Page): Promise<{ overflow: number; widest: string[] }> {
  return horizontalOverflowIn(page, [null]).then(([overflow]) => overflow);
}

/**
 * horizontalOverflow in each of these reading modes (null: as the page is), switched and measured inside the
 * page in one call; the page is left in the last. Not forced colours, which is Chromium's emulation.
 */
export function horizontalOverflowIn(
  page: Page,
  modes: readonly (Exclude<ReadingMode, 'forced-colours'> | null)[],
): Promise<{ overflow: number; widest: string[] }[]> {
  return page.evaluate(
    (modes) =>
      modes.map((attributes) => {
        for (const [name, value] of Object.entries(attributes ?? {}))
          if (value === null) document.documentElement.removeAttribute(name);
          else document.documentElement.setAttribute(name, value);
        const html = document.documentElement;
        const overflow = html.scrollWidth - html.clientWidth;
        const widest =
          overflow <= 0
            ? []
            : [...document.body.querySelectorAll('*')]
                .filter((el) => el.getBoundingClientRect().right > html.clientWidth + 1)
                .filter((el) => !el.closest('table'))
                .slice(0, 5)
                .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
        return { overflow, widest };
      }),
    modes.map((mode) => (mode === null ? null : modeAttributes(mode))),
  );
}

/**
 * WCAG 1.4.12: with the success criterion's spacing applied to everything (line height 1.5, paragraph
 * spacing 2em, letter spacing 0.12em, word spacing 0.16em), lists text that is clipped by a box that hides
 * overflow, and lines of text that overlap other lines. The overrides are removed afterwards.
 */
export function textSpacingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A constructed stylesheet, as a reader's bookmarklet or extension would add: the site's
    // Content-Security-Policy blocks an inserted <style> element, and the check would then measure nothing.
    const style = new CSSStyleSheet();
    style.replaceSync(
      '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-block-end:2em!important}',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    if (getComputedStyle(document.body).letterSpacing === 'normal') throw new Error('the text spacing overrides were not applied');
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const hidesOverflow = (value: string) => value === 'hidden' || value === 'clip';

    for (const el of document.body.querySelectorAll('*')) {
      const css = getComputedStyle(el);
      if (!(hidesOverflow(css.overflowX) || hidesOverflow(css.overflowY)) || !el.textContent?.trim()) continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue; // visually hidden on purpose (screen-reader text)
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`clipped: ${describe(el)}`);
    }

    // Screen-reader-only text sits in a 1px clipped box: its glyphs are not shown, so they cannot overlap.
    const shown = (el: Element | null): boolean => {
      for (; el && el !== document.body; el = el.parentElement) {
        const box = el.getBoundingClientRect();
        if ((box.width <= 1 || box.height <= 1) && getComputedStyle(el).clipPath !== 'none') return false;
      }
      return true;
    };
    const lines: { top: number; bottom: number; left: number; right: number; node: Text }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node: Node | null; (node = walker.nextNode());) {
      const text = node as Text;
      if (!text.data.trim() || !text.parentElement?.checkVisibility() || !shown(text.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (r.width > 1 && r.height > 1) lines.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, node: text });
      }
    }
    lines.sort((a, b) => a.top - b.top);
    const overlaps = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i];
      for (let j = i + 1; j < lines.length && lines[j].top < a.bottom - 1; j++) {
        const b = lines[j];
        if (b.node === a.node) continue;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1) {
          overlaps.add(`overlap: "${a.node.data.trim().slice(0, 30)}" and "${b.node.data.trim().slice(0, 30)}"`);
        }
      }
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== style);
    return [...problems, ...overlaps];
  });
}

/**
 * WCAG 2.4.7 and 2.4.11: moves focus (after a real Tab, as a keyboard user would) to every element in the
 * tab order and lists any whose focus indicator is not visible (no outline of at least 2px in a visible
 * colour and no box-shadow, or nothing different from its unfocused look), or that is covered by
 * something else when focused.
 */
export async function focusProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const problems: string[] = [];
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility(),
    );
    const look = (el: Element) => {
      const css = getComputedStyle(el);
      return [css.outlineStyle, css.outlineWidth, css.outlineColor, css.boxShadow, css.backgroundColor].join('|');
    };
    for (const el of focusable) {
      const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).value || '').trim().slice(0, 40)}"`;
      el.blur();
      const unfocused = look(el);
      el.focus();
      if (document.activeElement !== el) continue;
      const css = getComputedStyle(el);
      const outlineVisible =
        css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2 && !/rgba\(.*, 0\)$|transparent/.test(css.outlineColor);
      if (!el.matches(':focus-visible')) problems.push(`not :focus-visible after keyboard use: ${name}`);
      else if (!(outlineVisible || css.boxShadow !== 'none') || look(el) === unfocused)
        problems.push(`no visible focus indicator: ${name}`);
      const box = el.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const inside = box.bottom > 0 && box.top < innerHeight;
      if (!inside || !top || !(el === top || el.contains(top) || top.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(top)))
        problems.push(`hidden when focused: ${name}`);
    }
    return problems;
  });
}
