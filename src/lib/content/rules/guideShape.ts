/**
 * The fixed shape of a One Minute Guide: four questions, in order, and short enough to read in a minute.
 * A carer learns where the "what do I do" part is once and finds it in every guide.
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, Nodes, Root } from 'mdast';
import type { Finding } from '../problem.ts';
import { placeOf } from '../mdx.ts';

export const guideHeadings = ['What is it?', 'Why does it matter?', 'What do I need to do?', 'Where can I find out more?'] as const;

export const guideWordLimit = 350;

const headingList = guideHeadings.map((h) => `"## ${h}"`).join(', ');

/** Words a reader reads: anything with a letter or digit, in text, code and link text; headings excluded. */
function wordsWithLines(tree: Root): { line: number }[] {
  const words: { line: number }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      const start = placeOf(node).line;
      node.value.split('\n').forEach((lineText, offset) => {
        for (const word of lineText.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) words.push({ line: start + offset });
      });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return words;
}

export function guideWordCount(tree: Root): number {
  return wordsWithLines(tree).length;
}

export function guideShapeProblems(tree: Root): Finding[] {
  const problems: Finding[] = [];
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const lastLine = tree.position?.end.line ?? 1;

  for (const h of headings.filter((h) => h.depth === 1)) {
    problems.push({ ...placeOf(h), what: `the guide has a "# ${toString(h)}" heading`, fix: `remove it: the guide's title is its page heading, and a guide's headings are ${headingList}.` });
  }
  const sections = headings.filter((h) => h.depth === 2);
  let expected = 0;
  const seen = new Set<string>();
  for (const h of sections) {
    const text = toString(h).trim();
    const known = guideHeadings.findIndex((name) => name.toLowerCase() === text.toLowerCase());
    if (known === -1) {
      problems.push({
        ...placeOf(h),
        what: `"## ${text}" is not one of the four One Minute Guide headings`,
        fix: `put this text under one of ${headingList}, with "###" or bold text if it needs its own heading.`,
      });
      continue;
    }
    const name = guideHeadings[known];
    if (seen.has(name)) {
      problems.push({ ...placeOf(h), what: `"## ${name}" appears twice`, fix: 'a guide has each of its four headings once: merge the two parts.' });
      continue;
    }
    seen.add(name);
    if (text !== name) problems.push({ ...placeOf(h), what: `the heading "## ${text}" is not written exactly as "## ${name}"`, fix: `write it exactly as "## ${name}".` });
    if (known < expected) problems.push({ ...placeOf(h), what: `"## ${name}" is out of order`, fix: `a guide's headings come in this order: ${headingList}.` });
    expected = Math.max(expected, known + 1);
  }
  for (const name of guideHeadings) {
    if (seen.has(name)) continue;
    const next = sections.find((h) => guideHeadings.indexOf(toString(h).trim() as (typeof guideHeadings)[number]) > guideHeadings.indexOf(name));
    problems.push({
      line: next ? placeOf(next).line : lastLine,
      what: `the heading "## ${name}" is missing`,
      fix: `every One Minute Guide has ${headingList}, in that order.`,
    });
  }
  const words = wordsWithLines(tree);
  if (words.length > guideWordLimit) {
    problems.push({
      line: words[guideWordLimit].line,
      what: `the guide has ${words.length} words, over the ${guideWordLimit}-word limit for a One Minute Guide`,
      fix: `cut ${words.length - guideWordLimit} words, starting from this line (where it passes the limit), and leave the detail to the handbook pages it links to.`,
    });
  }
  return problems;
}
