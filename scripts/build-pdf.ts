/**
 * `npm run build:pdf`, after `npm run build`: the PDF edition of the handbook from /print/, its link (with
 * the real size and date) on every page, then the saved copy's service worker and the security headers
 * again, since the pages changed (the headers last: their policy allows the final pages' inline code).
 * CI and publishing run it; `npm start` does not need it (pages then show no PDF link).
 * It prints from a short-lived nginx serving dist/ (as `npm run serve` does); PDF_PORT chooses its port
 * (default 4439).
 */
import { printPdf, stampPdfLinks } from './lib/pdfEdition.ts';
import { writeSavedCopy } from './lib/serviceWorker.ts';
import { writeSecurityHeaders } from './lib/writeSecurityHeaders.ts';
import { formatSize, pdfPath } from '../src/lib/edition.ts';
import { dist, readEdition } from './lib/builtSite.ts';
import { commandLine } from './lib/commandLine.ts';

commandLine({}, 'Use: npm run build:pdf (after npm run build; takes no arguments; PDF_PORT=N chooses the port, default 4439)');

const edition = readEdition(dist);
const started = Date.now();
const { bytes } = await printPdf(dist, Number(process.env.PDF_PORT ?? 4439));
const pages = stampPdfLinks(dist, bytes, edition);
console.log(
  `PDF edition: dist${pdfPath}, ${formatSize(bytes)} (${bytes} bytes), in ${((Date.now() - started) / 1000).toFixed(1)} s; link on ${pages} pages.`,
);
// The same last steps as `npm run build`, since the pages changed.
console.log(`Saved copy: ${await writeSavedCopy(dist)}.`);
console.log(`Security headers: ${writeSecurityHeaders(process.cwd())}.`);
