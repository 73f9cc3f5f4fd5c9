/**
 * Dates in frontmatter, checked as written. YAML reads any nnnn-nn-nn as a date and rolls impossible
 * ones over (2025-02-30 becomes 2 March), so a typo would publish a wrong date without complaint.
 */

export interface DateProblem {
  field: string;
  value: string;
  line: number;
}

export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The frontmatter lines (between the opening and closing ---), with their 1-based line numbers. */
export function frontmatterLines(source: string): { text: string; line: number }[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) return [];
  return lines.slice(1, end).map((text, index) => ({ text, line: index + 2 }));
}

export function rawDateProblems(source: string, fields: readonly string[]): DateProblem[] {
  const problems: DateProblem[] = [];
  for (const { text, line } of frontmatterLines(source)) {
    const match = /^([A-Za-z]+):\s*(.*?)\s*$/.exec(text);
    if (!match || !fields.includes(match[1])) continue;
    const value = match[2].replace(/^(['"])(.*)\1$/, '$2');
    if (value === '') continue;
    if (!isRealIsoDate(value)) problems.push({ field: match[1], value, line });
  }
  return problems;
}
