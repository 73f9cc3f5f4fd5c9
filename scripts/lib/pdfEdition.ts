/**
 * After the build: the PDF edition. Prints /print/ with Playwright's Chromium (tagged for screen readers,
 * with an outline of parts and sections; A4 with page numbers from the site's @page rule) to
 * dist/<name>.pdf, then stamps its link, with the real size and date, into every page that has the
 * marker (src/lib/pdfEdition.ts).
 * The pages change, so the saved copy's service worker must be built after this (scripts/build-pdf.ts does).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { editionLabel, pdfPath, type Edition } from '../../src/lib/edition.ts';
import { pdfLinkHtml, stampPdfLink } from '../../src/lib/pdfEdition.ts';
import { htmlFiles } from './pageWeight.ts';
import { startNginx } from './nginxServer.ts';
import { chromiumPath, readEdition } from './builtSite.ts';

export async function printPdf(dist: string, port: number): Promise<{ file: string; bytes: number }> {
  const edition = readEdition(dist);
  const file = join(dist, pdfPath);
  // Printed as a reader's browser gets the page: from nginx, with the production headers.
  const site = await startNginx({ root: dirname(dist), host: '127.0.0.1', port });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/print/`, { waitUntil: 'load' });
    // The PDF's title (what a screen reader and the file's properties say) is the book's, not the web page's.
    await page.evaluate((title) => (document.title = title), `Foster Carer’s Handbook, edition of ${editionLabel(edition)}`);
    // The sheet (A4, margins, "Page n of m") is the site's own @page rule, as when a reader prints a page.
    await page.pdf({ path: file, preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
  } finally {
    await browser.close();
    await site.stop();
  }
  return { file, bytes: statSync(file).size };
}

/** Puts the PDF's link into every page with the marker; returns how many pages got it. */
export function stampPdfLinks(dist: string, bytes: number, edition: Pick<Edition, 'date'>): number {
  const link = pdfLinkHtml(bytes, edition);
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const { html, count } = stampPdfLink(readFileSync(file, 'utf8'), link);
    if (count === 0) continue;
    writeFileSync(file, html);
    pages++;
  }
  return pages;
}
