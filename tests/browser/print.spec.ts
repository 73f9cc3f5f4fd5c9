/**
 * Paper: the printable handbook, /print/ (contents that lead to every part and page, in-page links, what
 * paper says), and any one page printed on its own (A4, its address, numbered pages, a guide on one sheet).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { siteSettingsOf, siteUrlOf } from '../../src/lib/siteConfig.ts';

const siteUrl = siteUrlOf(siteSettingsOf(process.cwd()));
import { sitemapPaths } from '../../scripts/lib/builtSite.ts';

test('the contents list every printed page, in the order they are printed, and every in-page link has a target', async ({ page }) => {
  await page.goto('/print/');
  const { contents, printed, broken } = await page.evaluate(() => {
    const contents = [...document.querySelectorAll<HTMLAnchorElement>('.print-contents a')].map((a) => a.hash.slice(1));
    const printed = [
      ...document.querySelectorAll(
        'main [id^="part-"], main #guides, main #documents, main .print-page, main #print-contacts, main #print-glossary',
      ),
    ].map((el) => el.id);
    const broken = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
      .filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1))))
      .map((a) => a.getAttribute('href'));
    return { contents, printed, broken };
  });
  expect(contents).toEqual(printed);
  const pages = sitemapPaths().filter((p) => /^\/(handbook|guides|documents)\/[^/]+\/$/.test(p));
  expect(contents.filter((id) => /^(handbook|guides|documents)-/.test(id)).sort()).toEqual(
    pages.map((p) => p.slice(1, -1).replace('/', '-')).sort(),
  );
  expect(broken).toEqual([]);

  await page.locator('.print-contents').getByRole('link', { name: 'Allegations', exact: true }).first().click();
  await expect(page).toHaveURL(/#handbook-allegations$/);
  await expect(page.locator('#handbook-allegations h3')).toBeInViewport();
});

test('on paper: the cover says when it was printed and where the latest version is; screen-only parts are not printed', async ({
  page,
}) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  const printedOn = `Printed on ${formatDate(new Date())}. Check the online handbook for the latest version: `;
  await expect(page.locator('.print-cover [data-printed-on]')).toBeVisible();
  await expect(page.locator('.print-cover [data-printed-on]')).toContainText(printedOn);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Text size and contrast' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-cover [data-printed-on]')).toBeHidden();
});

/**
 * Prints a page as a reader's browser would (its own @page rules) and reads the paper back with poppler:
 * its pdfinfo, its text, and how far down the first sheet's text area (@page: 14mm top, 16mm bottom
 * margin) the text reaches, from 0 to 1. What `hide` selects is taken out first, to see how the page
 * prints without it.
 */
async function printed(page: Page, path: string, hide?: string) {
  await page.goto(path);
  // Through the DOM, not a <style>: the site's CSP (rightly) refuses inline styles.
  if (hide) await page.locator(hide).evaluateAll((elements) => elements.forEach((e) => ((e as HTMLElement).style.display = 'none')));
  const dir = mkdtempSync(join(tmpdir(), 'handbook-print-'));
  const file = join(dir, 'page.pdf');
  try {
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const mm = 72 / 25.4;
    const [top, bottom] = [14 * mm, Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(boxes)![1]) - 16 * mm];
    const textBottom = Math.max(...[...boxes.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y <= bottom));
    return {
      info,
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
      firstSheetFilled: (textBottom - top) / (bottom - top),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a handbook page prints on A4 with its web address and edition, numbered pages, and no page of footer alone', async ({ page }) => {
  const { info, text } = await printed(page, '/handbook/missing-from-care/');
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  expect(text.replace(/\s+/g, ' ')).toContain(
    `Printed from ${new URL('/handbook/missing-from-care/', siteUrl).href} (the handbook as published on`,
  );
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // The last sheet carries some of the page, not just furniture.
  const lastSheet = text
    .split('\f')
    .filter((sheet) => sheet.trim())
    .at(-1)!;
  expect(lastSheet.replace(/Page \d+ of \d+/, '').trim().length).toBeGreaterThan(40);
  // The site's footer is not printed ("Get help now" gives the numbers on paper).
  const { council, service } = siteSettingsOf(process.cwd());
  expect(text).not.toContain(`Published by ${council} ${service}`);
});

// A guide printed from its own page has the PDF's tighter type and narrower margins (ContentPage.astro, @page
// guide); a guide still on two sheets is named in the test's annotations, with how far its text alone goes.
test('every One Minute Guide prints on one sheet where its text allows, and only its text runs on', async ({ page }, testInfo) => {
  test.slow();
  const guides = sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p));
  const problems: string[] = [];
  const twoSheets: string[] = [];
  let oneSheet = 0;
  for (const path of guides) {
    const { info, text } = await printed(page, path);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    if (pages === 1) {
      oneSheet++;
      continue;
    }
    // The small print after the guide (what it summarises, its dates: a few lines; the standards stay on screen) takes it onto a second
    // sheet only when its text alone all but fills the first.
    const textOnly = await printed(page, path, '.guide-sources, .standards-box, .content-page__after');
    const textPages = Number(/Pages:\s+(\d+)/.exec(textOnly.info)![1]);
    twoSheets.push(
      `${path} (its text alone: ${textPages === 1 ? `${Math.round(textOnly.firstSheetFilled * 100)}% of one sheet` : `${textPages} sheets`})`,
    );
    if (textPages === 1 && textOnly.firstSheetFilled < 0.92) {
      problems.push(
        `${path}: its text fills ${Math.round(textOnly.firstSheetFilled * 100)}% of one sheet, but the small print after it takes it onto ${pages}`,
      );
    }
    const lastSheet = text
      .split('\f')
      .filter((sheet) => sheet.trim())
      .at(-1)!;
    const ownText = lastSheet
      .replace(/Page \d+ of \d+|Last (updated|reviewed): \d+ \w+ \d{4}/g, '')
      .replace(/This guide summarises[\s\S]*$/, '');
    if (ownText.trim().length < 40) problems.push(`${path}: its last sheet holds only small print`);
  }
  testInfo.annotations.push({ type: 'one sheet', description: `${oneSheet} of ${guides.length} guides print on one sheet` });
  testInfo.annotations.push({ type: 'two sheets', description: twoSheets.join('; ') || 'none' });
  console.log(`Guides on one sheet: ${oneSheet} of ${guides.length}; on two: ${twoSheets.join('; ') || 'none'}`);
  expect(problems).toEqual([]);
  expect(oneSheet, 'most guides fit one sheet').toBeGreaterThan(guides.length / 2);
});
