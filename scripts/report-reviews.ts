/**
 * npm run report:reviews: every page by the date its review is due, overdue first.
 *   npm run report:reviews -- --root DIR   report on another copy of the site
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/pipeline.ts';
import { formatReviewSchedule, reviewSchedule } from '../src/lib/reviewCycle.ts';

const rootIndex = process.argv.indexOf('--root');
const root = resolve(rootIndex === -1 ? process.cwd() : process.argv[rootIndex + 1]);
const today = new Date();
// Pages whose frontmatter does not pass the check have no dates to report: `npm run check` names them.
const pages = readContent(root, { today }).pages.flatMap((page) => (page.data ? [{ file: page.file, ...page.data }] : []));
console.log(formatReviewSchedule(reviewSchedule(pages, today), today));
