/**
 * The shape of a One Minute Guide: the same four questions, in the same order, as h2 headings, and no
 * more than a minute's reading (350 words). Carers learn where to look once and find it in every guide.
 */
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { parseMdx } from './mdxSource.ts';

export const guideHeadings = [
  'What is it?',
  'Why does it matter?',
  'What do I need to do?',
  'Where can I find out more?',
] as const;

export const guideWordLimit = 350;

export interface GuideProblem {
  /** 1-based, counted from the first line of `body`. */
  line: number;
  /** "What is wrong. How to fix it." */
  message: string;
}

/**
 * Words a reader reads: the text of the page, not link addresses, component names or Markdown marks.
 * Also gives the line where the text passes `limit` words, which is where to start cutting.
 */
export function countWords(tree: Root, limit = Infinity): { words: number; lineOverLimit?: number } {
  let words = 0;
  let lineOverLimit: number | undefined;
  const visit = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      words += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      if (words > limit && lineOverLimit === undefined) lineOverLimit = node.position?.start.line;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return { words, lineOverLimit };
}

export function guideStructureProblems(body: string): GuideProblem[] {
  const tree = parseMdx(body);
  const problems: GuideProblem[] = [];
  const h2s = tree.children
    .filter((node) => node.type === 'heading' && node.depth === 2)
    .map((node) => ({ text: toString(node).trim(), line: node.position?.start.line ?? 1 }));
  const required = new Set<string>(guideHeadings);
  const lastLine = tree.position?.end.line ?? 1;

  for (const heading of h2s) {
    if (!required.has(heading.text)) {
      problems.push({
        line: heading.line,
        message: `"## ${heading.text}" is not one of the four One Minute Guide headings. Every guide has exactly these h2 headings, in this order: ${guideHeadings.map((h) => `"## ${h}"`).join(', ')}; use ### for a heading inside one of them.`,
      });
    }
  }
  const present = h2s.filter((h) => required.has(h.text));
  guideHeadings.forEach((heading, index) => {
    const found = present.filter((h) => h.text === heading);
    if (found.length === 0) {
      const after = present.find((h) => guideHeadings.indexOf(h.text as (typeof guideHeadings)[number]) > index);
      problems.push({
        line: after?.line ?? lastLine,
        message: `The heading "## ${heading}" is missing. Add it${index > 0 ? ` after "## ${guideHeadings[index - 1]}"` : ' at the top of the guide'}, exactly as written here.`,
      });
    }
    for (const extra of found.slice(1)) {
      problems.push({ line: extra.line, message: `"## ${heading}" appears twice. Keep one "## ${heading}" and put all of that part under it.` });
    }
  });
  const order = present.map((h) => guideHeadings.indexOf(h.text as (typeof guideHeadings)[number]));
  const outOfPlace = order.findIndex((value, index) => index > 0 && value < order[index - 1]);
  if (outOfPlace > 0) {
    problems.push({
      line: present[outOfPlace].line,
      message: `"## ${present[outOfPlace].text}" is out of order. The headings go in this order: ${guideHeadings.map((h) => `"${h}"`).join(', ')}.`,
    });
  }
  const { words, lineOverLimit } = countWords(tree, guideWordLimit);
  if (words > guideWordLimit) {
    problems.push({
      line: lineOverLimit ?? 1,
      message: `The guide is ${words} words long, over the ${guideWordLimit}-word limit for a One Minute Guide. It passes the limit on this line; cut ${words - guideWordLimit} words: keep the steps a carer must take and link to the handbook section for the detail.`,
    });
  }
  return problems;
}
