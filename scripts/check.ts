/**
 * npm run check: reads every file in content/ through the content pipeline (src/lib/content/) and prints
 * every problem at once, as `file:line - what is wrong - how to fix it`; the build runs the same pipeline
 * and stops on the same errors. Exits 1 if there is any error; warnings (a review that is due) are printed
 * but do not fail. In GitHub Actions each problem is also an annotation on the line it is about.
 *
 *   npm run check                 check this repository
 *   npm run check -- --root DIR   check another copy (the tests use this for bad-content fixtures)
 */
import { resolve } from 'node:path';
import { contentReport } from '../src/lib/content/report.ts';
import { commandLine } from './lib/commandLine.ts';

const { values } = commandLine({ root: { type: 'string' } }, 'Use: npm run check [-- --root DIR]');
const root = resolve(values.root ?? process.cwd());
const { lines, exitCode } = contentReport(root, { annotations: process.env.GITHUB_ACTIONS === 'true' });
console.log(lines.join('\n'));
process.exitCode = exitCode;
