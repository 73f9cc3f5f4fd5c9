/**
 * npm run report:reviews: every page by the date its review is due, overdue first.
 *   npm run report:reviews -- --root DIR   report on another copy of the site
 *   npm run report:reviews -- --today YYYY-MM-DD   report as on another day (the tests fix the day)
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/pipeline.ts';
import { defaultReviewMonths, formatReviewSchedule, reviewSchedule } from '../src/lib/reviewCycle.ts';
import { commandLine } from './lib/commandLine.ts';

const { values } = commandLine(
  { root: { type: 'string' }, today: { type: 'string' } },
  'Use: npm run report:reviews [-- --root DIR] [--today YYYY-MM-DD]',
);
const root = resolve(values.root ?? process.cwd());
const today = values.today === undefined ? new Date() : new Date(`${values.today}T00:00:00Z`);
// Pages whose frontmatter does not pass the check have no dates to report: `npm run check` names them.
const content = readContent(root, { today });
const pages = content.pages.flatMap((page) => (page.data ? [{ file: page.file, ...page.data }] : []));
// The council's usual interval (content/site.yaml), for the pages that set none of their own.
if (!content.settings)
  console.error(
    `content/site.yaml cannot be read (npm run check says why): pages that set no interval are reported at ${defaultReviewMonths} months.`,
  );
console.log(formatReviewSchedule(reviewSchedule(pages, today, content.settings?.reviewEveryMonths ?? defaultReviewMonths), today));
