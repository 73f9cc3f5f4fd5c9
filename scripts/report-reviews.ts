/**
 * npm run report:reviews: every page by the date its review is due, overdue first.
 *   npm run report:reviews -- --root DIR   report on another copy of the site
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { splitPage } from '../src/lib/mdxSource.ts';
import { formatReviewSchedule, reviewSchedule } from '../src/lib/reviewCycle.ts';

const rootIndex = process.argv.indexOf('--root');
const root = resolve(rootIndex === -1 ? process.cwd() : process.argv[rootIndex + 1]);
const asDate = (value: unknown) => (value === undefined ? undefined : new Date(`${String(value)}T00:00:00Z`));

const pages = ['handbook', 'guides', 'documents'].flatMap((collection) =>
  readdirSync(join(root, 'content', collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = `content/${collection}/${name}`;
      const data = (parse(splitPage(readFileSync(join(root, file), 'utf8')).frontmatter) ?? {}) as Record<string, unknown>;
      return {
        file,
        title: String(data.title ?? name),
        reviewed: asDate(data.reviewed)!,
        reviewBy: asDate(data.reviewBy),
        reviewEvery: typeof data.reviewEvery === 'number' ? data.reviewEvery : undefined,
      };
    })
    .filter((page) => page.reviewed && !Number.isNaN(page.reviewed.getTime())),
);

const today = new Date();
console.log(formatReviewSchedule(reviewSchedule(pages, today), today));
