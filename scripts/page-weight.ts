/**
 * Prints the page weight of the built site (run `npm run build` first): the figures behind the
 * page-weight budget test. Usage: npm run measure:weight [-- /handbook/some-page/]
 */
import { commandLine } from './lib/commandLine.ts';
import { budget, measureSite } from './lib/pageWeight.ts';
import { dist } from './lib/builtSite.ts';

const { positionals } = commandLine({}, 'Use: npm run measure:weight [-- /handbook/some-page/]', { positionals: true });
const only = positionals[0];
// The printable handbook is every page in one: it is reported on its own, not in the medians.
const printPage = '/print/';
const all = measureSite(dist);
const weights = all.filter((w) => (only ? w.page === only : w.page !== printPage));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values: number[]) => Math.max(...values);

if (only) {
  for (const w of weights) console.log(w.page, { css: kb(w.css), js: kb(w.js), outsideMain: kb(w.outsideMain), html: kb(w.html) });
} else {
  console.log(
    `${weights.length} pages (gzip). Budget: CSS ${kb(budget.css)}, JS ${kb(budget.js)}, HTML outside <main> ${kb(budget.outsideMain)}`,
  );
  for (const key of ['css', 'js', 'outsideMain', 'html'] as const) {
    const values = weights.map((w) => w[key]);
    const heaviest = weights.find((w) => w[key] === max(values))!;
    console.log(`${key.padEnd(12)} median ${kb(median(values)).padStart(9)}   max ${kb(max(values)).padStart(9)} (${heaviest.page})`);
  }
  const print = all.find((w) => w.page === printPage);
  if (print)
    console.log(
      `${printPage} (the whole handbook): css ${kb(print.css)}, js ${kb(print.js)}, outside <main> ${kb(print.outsideMain)}, html ${kb(print.html)}`,
    );
}
