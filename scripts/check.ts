/**
 * npm run check: checks every page and list in content/ and prints every problem at once, as
 * `file:line - what is wrong - how to fix it`. Exits 1 if there is any error; warnings (a review that is
 * due, a page not finished) are printed but do not fail.
 *
 *   npm run check                 check this repository
 *   npm run check -- --root DIR   check another copy (the tests use this for bad-content fixtures)
 */
import { resolve } from 'node:path';
import { checkContent } from './lib/checkContent.ts';
import { formatProblem, sortProblems } from '../src/lib/problems.ts';

const started = performance.now();
const rootIndex = process.argv.indexOf('--root');
const root = resolve(rootIndex === -1 ? process.cwd() : process.argv[rootIndex + 1]);

const problems = sortProblems(checkContent(root));
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
if (errors.length > 0) {
  console.log(`\nContent check: ${count(errors.length, 'error')} and ${count(warnings.length, 'warning')} (${seconds}s). Fix the errors above; CONTRIBUTING.md explains each message.`);
  process.exitCode = 1;
} else {
  console.log(`Content check: no errors, ${count(warnings.length, 'warning')} (${seconds}s).`);
}
