/**
 * The PDF edition's link on every page. Pages are built before the PDF exists, so they carry a marker
 * (PdfEditionLink) that `npm run build:pdf` replaces, once the PDF is made, with the link and its real
 * size and date. Pure: scripts/lib/pdfEdition.ts does the file work.
 */
import { pdfLinkText, pdfPath, type Edition } from './edition.ts';

export const pdfLinkSlot = '<!--pdf-edition-->';

export function pdfLinkHtml(bytes: number, edition: Pick<Edition, 'date'>): string {
  return `<p class="pdf-edition"><a href="${pdfPath}" type="application/pdf">${pdfLinkText(bytes, edition)}</a></p>`;
}

/** A page with every PDF-link marker replaced, and how many there were. */
export function stampPdfLink(html: string, link: string): { html: string; count: number } {
  const parts = html.split(pdfLinkSlot);
  return { html: parts.join(link), count: parts.length - 1 };
}
