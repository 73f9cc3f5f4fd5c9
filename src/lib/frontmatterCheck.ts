/**
 * Checks a page's frontmatter against its schema (frontmatterSchema.ts) and says on which line of the
 * file each problem is: the YAML is read with positions, so `standards.1` points at the line that lists
 * the wrong standard.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodType } from 'astro/zod';
import type { LineProblem } from './problems.ts';
import { splitMessage } from './problems.ts';
import { closestIds, listInWords } from './suggest.ts';

export interface FrontmatterResult<T> {
  problems: LineProblem[];
  /** The checked data, when there were no problems. */
  data?: T;
  /** The line in the file of each top-level field, for later messages about it. */
  fieldLines: Map<string, number>;
}

/**
 * @param text the frontmatter between the --- lines
 * @param firstLine the line in the file where `text` starts
 */
export function checkFrontmatter<T>(text: string, firstLine: number, schema: ZodType<T>, fieldNames: readonly string[]): FrontmatterResult<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const fieldLines = new Map<string, number>();

  if (document.errors.length > 0) {
    return {
      fieldLines,
      problems: document.errors.map((error) => ({
        line: lineAt(error.pos[0]),
        what: `the frontmatter cannot be read (${error.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')})`,
        fix: 'each line is "field: value". Check for a missing colon or space after it, a quote that is not closed, a field written twice, or a tab instead of spaces; text that contains ": " must be in quotes.',
      })),
    };
  }
  const contents = document.contents;
  if (contents && 'items' in contents) {
    for (const pair of contents.items as { key: unknown }[]) {
      if (isNode(pair.key) && pair.key.range) fieldLines.set(String((pair.key as { value?: unknown }).value), lineAt(pair.key.range[0]));
    }
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length) as (string | number)[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      const key = fieldLines.get(String(path[0]));
      if (length === 1 && key) return key;
    }
    return firstLine - 1;
  };

  const problems: LineProblem[] = [];
  for (const [field, line] of fieldLines) {
    if (fieldNames.includes(field)) continue;
    problems.push({
      line,
      what: `"${field}" is not a field pages can have`,
      fix: `did you mean ${listInWords(closestIds(field, fieldNames))}? Field names are case-sensitive (see CONTRIBUTING.md, "Every frontmatter field").`,
    });
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { what, fix } = splitMessage(issue.message);
      const field = issue.path.join('.');
      problems.push({ line: lineOf(issue.path), what: what.startsWith(String(issue.path[0])) || what.startsWith('"') || field === '' ? what : `${field}: ${what}`, fix });
    }
  }
  return { problems, fieldLines, data: result.success && problems.length === 0 ? result.data : undefined };
}
