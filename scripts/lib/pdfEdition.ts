/**
 * After the build: the PDF edition. Prints /print/ with Playwright's Chromium (tagged for screen readers,
 * with an outline of parts and sections; A4 with page numbers from the site's @page rule) to
 * dist/<name>.pdf, then stamps its link, with the real size and date, into every page that has the
 * marker (src/lib/pdfEdition.ts).
 *
 * The contents' page numbers: Chromium cannot print "the page this link's target is on" (no CSS
 * target-counter), so the page is printed, the PDF's own outline (read by poppler's pdftohtml) says on
 * which page each part, section, guide and document starts, the numbers are written into the contents,
 * and the page is printed again. Each number has a fixed width on paper, so the second print is laid out
 * as the first; it is read back to make sure.
 * The pages change, so the saved copy's service worker must be built after this (scripts/build-pdf.ts does).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { editionLabel, pdfPath, type Edition } from '../../src/lib/edition.ts';
import { pdfLinkHtml, stampPdfLink } from '../../src/lib/pdfEdition.ts';
import { contentsPageNumbers, outlineEntries, type OutlineEntry } from '../../src/lib/printEdition.ts';
import { siteSettingsOf } from '../../src/lib/siteConfig.ts';
import { startNginx } from './nginxServer.ts';
import { headlessChromiumPath, htmlFiles, readEdition } from './builtSite.ts';

export async function printPdf(dist: string, port: number): Promise<{ file: string; bytes: number }> {
  const edition = readEdition(dist);
  const file = join(dist, pdfPath);
  // Printed as a reader's browser gets the page: from nginx, with the production headers.
  const site = await startNginx({ root: dirname(dist), host: '127.0.0.1', port });
  // Launched inside the try: a browser that cannot start must not leave nginx running.
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: headlessChromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    await page.goto(`${site.url}/print/`, { waitUntil: 'load' });
    // The PDF's title (what a screen reader and the file's properties say) is the book's, not the web page's.
    await page.evaluate(
      (title) => (document.title = title),
      `${siteSettingsOf(dirname(dist)).handbookTitle}, edition of ${editionLabel(edition)}`,
    );
    // The sheet (A4, margins, "Page n of m") is the site's own @page rule, as when a reader prints a page.
    const print = (path: string) => page.pdf({ path, preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
    // What each contents entry points at, in the order the handbook prints them, with its heading's text.
    const targets = await page.evaluate(() => {
      const anchors = [...new Set([...document.querySelectorAll<HTMLElement>('[data-page-of]')].map((n) => n.dataset.pageOf!))];
      const found = anchors.map((anchor) => ({ anchor, element: document.getElementById(anchor)! })).filter((t) => t.element);
      found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      return found.map(({ anchor, element }) => ({
        anchor,
        heading: (element.matches('h1, h2, h3, h4, h5, h6') ? element : element.querySelector('h1, h2, h3, h4, h5, h6'))?.textContent ?? '',
      }));
    });
    const work = mkdtempSync(join(tmpdir(), 'pdf-edition-'));
    try {
      let numbers = new Map<string, number>();
      for (let pass = 1; ; pass++) {
        const draft = join(work, `pass-${pass}.pdf`);
        await print(draft);
        const found = contentsPageNumbers(targets, readOutline(draft));
        const missing = targets.filter((t) => !found.has(t.anchor)).map((t) => t.heading);
        if (missing.length > 0) throw new Error(`The PDF's outline has no entry for: ${missing.join('; ')}`);
        if (pass > 1 && sameNumbers(found, numbers)) break;
        if (pass === 3) throw new Error('The contents page numbers did not settle after three prints.');
        numbers = found;
        await page.evaluate(
          (entries) => {
            const pages = new Map(entries);
            for (const span of document.querySelectorAll<HTMLElement>('[data-page-of]'))
              span.textContent = String(pages.get(span.dataset.pageOf!));
          },
          [...numbers],
        );
      }
      await print(file);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  } finally {
    try {
      await browser?.close();
    } finally {
      await site.stop();
    }
  }
  return { file, bytes: statSync(file).size };
}

/** A PDF's outline, read with poppler's pdftohtml (poppler-utils; .ci/run installs it). */
export function readOutline(pdf: string): OutlineEntry[] {
  try {
    return outlineEntries(execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'The PDF edition needs pdftohtml to number its contents: install poppler-utils (Debian: apt-get install poppler-utils).',
      );
    throw error;
  }
}

const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page);

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
