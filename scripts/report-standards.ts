/**
 * npm run report:standards: for staff, the standards whose wording is not yet checked against the
 * official text (with the catalogue's notes) and the standards no page cites. These notes are never
 * published; this report is where they are read.
 *   npm run report:standards -- --root DIR   report on another copy of the site
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/pipeline.ts';
import { formatStandardsReport, standardsReport, type CatalogueStandard } from '../src/lib/standardsReport.ts';
import { commandLine } from './lib/commandLine.ts';

const { values } = commandLine({ root: { type: 'string' } }, 'Use: npm run report:standards [-- --root DIR]');
const root = resolve(values.root ?? process.cwd());
const { data, pages } = readContent(root);
const catalogue = data.standards.map((entry) => ({ id: entry.id, ...entry.raw }) as CatalogueStandard);
const citing = pages.map((page) => ({
  collection: page.collection,
  id: page.id,
  title: String(page.raw?.title ?? page.id),
  standards: Array.isArray(page.raw?.standards) ? page.raw.standards.map(String) : [],
}));
console.log(formatStandardsReport(standardsReport(catalogue, citing)));
