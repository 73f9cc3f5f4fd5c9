/**
 * npm run report:standards: for staff, the standards whose wording is not yet checked against the
 * official text (with the catalogue's notes) and the standards no page cites. These notes are never
 * published; this report is where they are read.
 *   npm run report:standards -- --root DIR   report on another copy of the site
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { splitPage } from '../src/lib/mdxSource.ts';
import { formatStandardsReport, standardsReport, type CatalogueStandard } from '../src/lib/standardsReport.ts';

const rootIndex = process.argv.indexOf('--root');
const root = resolve(rootIndex === -1 ? process.cwd() : process.argv[rootIndex + 1]);

const catalogue = parse(readFileSync(join(root, 'content/standards.yaml'), 'utf8')) as CatalogueStandard[];
const pages = ['handbook', 'guides', 'documents'].flatMap((collection) =>
  readdirSync(join(root, 'content', collection))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const data = (parse(splitPage(readFileSync(join(root, 'content', collection, name), 'utf8')).frontmatter) ?? {}) as Record<string, unknown>;
      const standards = Array.isArray(data.standards) ? data.standards.map(String) : [];
      return { collection, id: name.replace(/\.mdx$/, ''), title: String(data.title ?? name), standards };
    }),
);

console.log(formatStandardsReport(standardsReport(catalogue, pages)));
