/** The printable handbook, /print/: contents that lead to every part and page, in-page links, and what paper says. */
import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { sitemapPaths } from './site.ts';

test('the contents list every printed page, in the order they are printed, and every in-page link has a target', async ({ page }) => {
  await page.goto('/print/');
  const { contents, printed, broken } = await page.evaluate(() => {
    const contents = [...document.querySelectorAll<HTMLAnchorElement>('.print-contents a')].map((a) => a.hash.slice(1));
    const printed = [...document.querySelectorAll('main [id^="part-"], main #guides, main #documents, main .print-page')].map((el) => el.id);
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

test('on paper: the cover says when it was printed and where the latest version is; screen-only parts are not printed', async ({ page }) => {
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

/** Prints a page as a reader's browser would (its own @page rules) and reads the paper back with poppler. */
async function printed(page: import('@playwright/test').Page, path: string) {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  await page.goto(path);
  const dir = mkdtempSync(join(tmpdir(), 'handbook-print-'));
  const file = join(dir, 'page.pdf');
  try {
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    return { info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }), text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a handbook page prints on A4 with its web address and edition, numbered pages, and no page of footer alone', async ({ page }) => {
  const { info, text } = await printed(page, '/handbook/missing-from-care/');
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
  expect(text.replace(/\s+/g, ' ')).toContain('Printed from https://fostering-handbook.coventry.gov.uk/handbook/missing-from-care/ (the handbook as published on');
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // The last sheet carries some of the page, not just furniture.
  const lastSheet = text.split('\f').filter((sheet) => sheet.trim()).at(-1)!;
  expect(lastSheet.replace(/Page \d+ of \d+/, '').trim().length).toBeGreaterThan(40);
  expect(text).not.toContain('Published by Coventry City Council Fostering Service');
});

test('every One Minute Guide prints on one sheet of A4', async ({ page }) => {
  test.slow();
  const guides = sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p));
  const longer: string[] = [];
  for (const path of guides) {
    const { info } = await printed(page, path);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    if (pages > 1) longer.push(`${path}: ${pages} pages`);
  }
  expect(longer).toEqual([]);
});
