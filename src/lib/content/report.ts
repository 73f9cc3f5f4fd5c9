/**
 * The content check's report, as `npm run check` prints it: every problem as a line, errors first, then a
 * one-line summary; in GitHub Actions, each problem again as an annotation on its line.
 */
import { errorsIn, readContent, type ReadOptions } from './pipeline.ts';
import { annotation, formatProblem } from './problem.ts';

export interface Report {
  lines: string[];
  exitCode: 0 | 1;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function contentReport(root: string, options: ReadOptions & { annotations?: boolean } = {}): Report {
  const started = performance.now();
  const { problems } = readContent(root, options);
  const errors = errorsIn(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatProblem);
  if (options.annotations) lines.push(...problems.map(annotation));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (errors.length > 0) {
    lines.push('', `Content check: ${count(errors.length, 'error')} and ${count(warnings.length, 'warning')} (${seconds}s). Fix the errors above; CONTRIBUTING.md explains each message.`);
    return { lines, exitCode: 1 };
  }
  lines.push(`Content check: no errors, ${count(warnings.length, 'warning')} (${seconds}s).`);
  return { lines, exitCode: 0 };
}
