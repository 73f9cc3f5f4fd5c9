/**
 * npm run report:reviews: every page by the date its review is due, overdue first.
 *   npm run report:reviews -- --root DIR   report on another copy of the site
 *   npm run report:reviews -- --today YYYY-MM-DD   report as on another day (the tests fix the day)
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/pipeline.ts';
import { formatReviewSchedule, reviewSchedule } from '../src/lib/reviewCycle.ts';

const rootIndex = process.argv.indexOf('--root');
const root = resolve(rootIndex === -1 ? process.cwd() : process.argv[rootIndex + 1]);
const todayIndex = process.argv.indexOf('--today');
const today = todayIndex === -1 ? new Date() : new Date(`${process.argv[todayIndex + 1]}T00:00:00Z`);
// Pages whose frontmatter does not pass the check have no dates to report: `npm run check` names them.
const pages = readContent(root, { today }).pages.flatMap((page) => (page.data ? [{ file: page.file, ...page.data }] : []));
console.log(formatReviewSchedule(reviewSchedule(pages, today), today));
