/**
 * Paper in every reading mode: whatever the reader chose on screen (Standard, Largest, High visibility,
 * Largest + High visibility), a page prints dark text on white at the printed sizes, with nothing lost.
 * Each page is printed in the four modes (the head script applies the saved choice, as for a reader) and
 * checked twice: every piece of text printed has a dark colour (computed styles under print media; browsers
 * print no backgrounds unless asked, so white text on a dark box would be white on paper), and the PDF
 * read back with pdftotext says the same in every mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const modes = {
  standard: {},
  largest: { 'text-size': 'largest' },
  high: { contrast: 'high' },
  'largest-high': { 'text-size': 'largest', contrast: 'high' },
} as const;

/** Text printed in a colour that is not dark (WCAG relative luminance above 0.2: lighter than mid grey). */
const pale = (page: Page) =>
  page.evaluate(() => {
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node: Node | null; (node = walker.nextNode());) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || !parent.checkVisibility() || parent.closest('.visually-hidden')) continue;
      const colour = getComputedStyle(parent).color;
      if (luminance(colour) > 0.2)
        found.add(`"${node.textContent.trim().slice(0, 40)}" in ${colour} (${parent.tagName.toLowerCase()}.${parent.className})`);
    }
    return [...found];
  });

async function pdfText(page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-print-modes-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    return {
      text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
      pages: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const path of ['/guides/missing-from-care/', '/handbook/significant-events-and-notifications/', '/']) {
  test(`${path} prints dark text on white, the same in every reading mode`, async ({ page }) => {
    const printed: Record<string, { text: string; pages: string }> = {};
    for (const [mode, saved] of Object.entries(modes)) {
      await page.goto(path);
      await page.evaluate((saved) => {
        localStorage.clear();
        for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
      }, saved);
      await page.reload();
      const chosen = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      expect(chosen.textSize ?? 'standard').toBe(saved['text-size' as keyof typeof saved] ?? 'standard');
      await page.emulateMedia({ media: 'print' });
      expect(await pale(page), `${mode}: text that would not show on white paper`).toEqual([]);
      printed[mode] = await pdfText(page);
      await page.emulateMedia({ media: 'screen' });
    }
    const standard = printed.standard;
    expect(standard.text.length).toBeGreaterThan(500);
    for (const mode of Object.keys(modes)) {
      expect(printed[mode].text, `${mode} prints what Standard prints`).toBe(standard.text);
      expect(/Pages:\s+\d+/.exec(printed[mode].pages)![0], `${mode} prints on as many sheets`).toBe(
        /Pages:\s+\d+/.exec(standard.pages)![0],
      );
    }
  });
}
