/**
 * A problem the content check found, and how it is printed: `file:line - what is wrong - how to fix it`.
 * Errors stop a pull request from being merged; warnings (a review date that has passed, a page still
 * holding the text the new-page tool wrote) are shown but do not.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file, relative to the top of the repository, for example content/handbook/missing-from-care.mdx. */
  file: string;
  line: number;
  severity: Severity;
  what: string;
  fix: string;
}

/** A problem found inside one file, before the file name is known. */
export interface LineProblem {
  line: number;
  what: string;
  fix: string;
  severity?: Severity;
}

export function inFile(file: string, problems: readonly LineProblem[]): Problem[] {
  return problems.map(({ line, what, fix, severity }) => ({ file, line, what, fix, severity: severity ?? 'error' }));
}

export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line} - ${label}${problem.what} - ${problem.fix}`;
}

/**
 * The schema's messages are written as "What is wrong. How to fix it." (or "what is wrong: how to fix
 * it"): split them at the first full stop or colon that ends a clause.
 */
export function splitMessage(message: string): { what: string; fix: string } {
  const match = /[.:?](?:\s+)(?=\S)/.exec(message);
  if (!match) return { what: message.replace(/\.$/, ''), fix: 'see CONTRIBUTING.md, "What the check messages mean".' };
  return { what: message.slice(0, match.index), fix: message.slice(match.index + match[0].length) };
}

/** Files in name order, lines in order, so the report reads from the top of each file down. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.what.localeCompare(b.what));
}
