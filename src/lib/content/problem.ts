/**
 * The one shape every content problem takes, wherever it is found (a file name, the bytes of a file, YAML,
 * frontmatter, the MDX tree) and whichever door reports it (`npm run check` or `astro build`):
 * `file:line - what is wrong - how to fix it`. Errors stop a pull request and fail the build; warnings
 * (a review that is due) are shown but do not.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file, relative to the top of the repository, for example content/handbook/missing-from-care.mdx. */
  file: string;
  /** 1-based; left out when the problem is the file itself (its name or where it is). */
  line?: number;
  /** 1-based; shown in GitHub's annotations and editors, not in the printed line. */
  column?: number;
  severity: Severity;
  /** What is wrong, in plain English, starting lower-case: "the link … points at a page that does not exist". */
  what: string;
  /** How to put it right, as an instruction to the editor. */
  fix: string;
}

/** A problem found inside one file, before the file is named. */
export type Finding = Omit<Problem, 'file' | 'severity'> & { severity?: Severity };

export function inFile(file: string, findings: readonly Finding[]): Problem[] {
  return findings.map((finding) => ({ ...finding, file, severity: finding.severity ?? 'error' }));
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where} - ${label}${problem.what} - ${problem.fix}`;
}

/**
 * The same problem as a GitHub Actions workflow command, so a pull request shows it on the changed line.
 * Data in workflow commands escapes %, CR and LF; properties also escape : and ,.
 */
export function annotation(problem: Problem): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${property(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${property(problem.severity === 'warning' ? 'Content warning' : 'Content error')}`);
  return `::${problem.severity} ${properties.join(',')}::${data(`${problem.what} - ${problem.fix}`)}`;
}

/** Files in name order, lines in order, so a report reads from the top of each file down. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.what.localeCompare(b.what),
  );
}

/**
 * Schema messages carry both halves of a problem in one string (Zod keeps only a message): what is wrong,
 * a newline, then how to fix it. `says` writes one and `heard` reads it back; nothing is guessed from
 * punctuation.
 */
export function says(what: string, fix: string): string {
  return `${what}\n${fix}`;
}

export function heard(message: string): { what: string; fix: string } {
  const split = message.indexOf('\n');
  if (split === -1) return { what: message, fix: 'see CONTRIBUTING.md, "What the check messages mean".' };
  return { what: message.slice(0, split), fix: message.slice(split + 1) };
}
