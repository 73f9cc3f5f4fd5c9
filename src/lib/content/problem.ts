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

/**
 * Text from a content file (a value, a file name) as it is safe to print on one line: line breaks and
 * tabs as \n, \r and \t; other control characters, bidirectional controls and invisible characters as
 * U+XXXX. So a message can never start a second line (which a CI runner could read as a command, such as
 * "::warning file=…"), reorder what is printed around it, or hide what it quotes.
 */
export function printable(text: string): string {
  return text.replace(unprintable, (char) => {
    const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }[char];
    return named ?? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** Control (Cc), format (Cf: bidirectional controls, zero-width characters) and line/paragraph separators. */
export const unprintable = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function formatProblem(problem: Problem): string {
  const where = printable(problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`);
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where} - ${label}${printable(problem.what)} - ${printable(problem.fix)}`;
}

/**
 * The same mistake made many times in one file (8,000 copies of one broken link) is one problem, with a
 * count and the first few lines, not 8,000 lines that bury every other problem. A mistake made a few
 * times (up to `listedRepeats`) is listed at each line, where a pull request's annotations point.
 */
export const listedRepeats = 10;

export function collapseRepeats(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.file}\u0000${problem.what}\u0000${problem.fix}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()].flatMap((all) => {
    // The same problem found twice at one place (by two checks) is one problem.
    const group = all.filter((problem, index) => all.findIndex((other) => other.line === problem.line) === index);
    if (group.length <= listedRepeats) return group;
    const lines = [...new Set(group.map((p) => p.line).filter((line) => line !== undefined))].sort((a, b) => a - b);
    const shown = lines.slice(1, 6).join(', ');
    const more = lines.length > 6 ? ` and ${lines.length - 6} more` : '';
    const where = lines.length > 1 ? `, also on line${lines.length > 2 ? 's' : ''} ${shown}${more}` : '';
    return { ...group[0]!, line: lines[0] ?? group[0]!.line, what: `${group[0]!.what} (${group.length} times${where})` };
  });
}

/**
 * The same problem as a GitHub Actions workflow command, so a pull request shows it on the changed line.
 * Data in workflow commands escapes %, CR and LF; properties also escape : and ,.
 */
export function annotation(problem: Problem): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${property(printable(problem.file))}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${property(problem.severity === 'warning' ? 'Content warning' : 'Content error')}`);
  return `::${problem.severity} ${properties.join(',')}::${data(printable(`${problem.what} - ${problem.fix}`))}`;
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
  // A value quoted in `what` may hold a line break of its own: shown escaped, it cannot split the message.
  return `${printable(what)}\n${fix}`;
}

export function heard(message: string): { what: string; fix: string } {
  const split = message.indexOf('\n');
  if (split === -1) return { what: message, fix: 'see CONTRIBUTING.md, "What the check messages mean".' };
  return { what: message.slice(0, split), fix: message.slice(split + 1) };
}

/**
 * Whatever a file does to the checks that no rule foresaw (a parser or a rule that throws) is a problem
 * with the file, not a crash: the report still lists everything else, and the build still stops.
 */
export function couldNotRead(file: string, error: unknown): Problem {
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 200);
  return {
    file,
    severity: 'error',
    what: `could not be read: ${message}`,
    fix: 'look for anything unusual in the file (compare it with a similar file, or undo the last change); if it looks right, ask the web team, because the check itself stumbled on it.',
  };
}
