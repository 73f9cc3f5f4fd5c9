/**
 * Key points: the 2 to 6 short sentences a handbook page opens with (its `keyPoints` frontmatter), so a
 * worried carer reads what to do first. A key point may only restate what the page itself says: it must
 * never bring in a new fact. `keyPointSupport` checks that by the words: after setting aside the small
 * words that carry no meaning and the endings of words (Porter stemmer: "carers" matches "carer"), every
 * meaningful word of the point, every number and any "not", "never" or "no" among them, must be in one
 * part of the page (the text under one heading, or the opening text). So a point cannot add a word such
 * as "a week", move a deadline from one section onto an action in another, or add a "never".
 *
 * Words are not meaning: a point that reverses a sentence by leaving out its "not" still passes, so
 * whoever writes the key points reads them against the page. The check catches the point that says
 * something the page does not (an invented number, team, action or deadline). It is a content rule
 * (`keyPointProblems`), so the build refuses such a point as `npm run check` does.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { stemmer } from 'stemmer';
import { placeholderMark } from '../../scaffold.ts';
import type { Finding } from '../problem.ts';

export const keyPointRules = {
  min: 2,
  max: 6,
  /** Characters in one key point: one short sentence a carer can take in at a glance. */
  maxLength: 160,
  /** Meaningful words a point needs before it says anything that can be checked. */
  minWords: 3,
};

/**
 * Words that carry no meaning of their own, and the ends of "you'll" and "they're". Deliberately short:
 * words that change what a carer does stay meaningful, so a point must match the page on them: duties
 * and permissions (must, should, may, can), negatives (not, never, no), quantities (all, every, any,
 * only), time and order (within, after, before, then).
 */
const stopWords = new Set(
  `a an the and or but if so as at by for from in into of on onto to with about than that this these those
  it its they them their theirs he him his she her hers we us our ours you your yours yourself i me my
  who whom whose which what when where how is are was were be been being am has have had having do does
  did doing will would shall there here also very just too such own same other others etc e g eg ie
  s t d ll m re ve`.split(/\s+/),
);

/** Every way of saying no counts as one word, so "never use" is backed by "must not use". */
const negatives = new Set(['not', 'never', 'no', 'nor', 'none', 'neither', 'nothing']);
const negative = 'not';

const numberWords: Record<string, string> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value) => [word, String(value)]),
);

const isNumber = (word: string) => /\d/.test(word);

/** The words of some text, lower case, with "don't" read as "do not" and numbers written as words read as digits. */
function words(text: string): string[] {
  const found =
    text
      .toLowerCase()
      .replace(/[‘’`]/g, "'")
      .replace(/\bcan't\b|\bcannot\b/g, 'can not')
      .replace(/\bwon't\b/g, 'will not')
      .replace(/n't\b/g, ' not')
      .replace(/'s\b/g, '')
      .match(/£?\d+(?:[.,]\d+)*|[a-z]+/g) ?? [];
  return found.map((word) => numberWords[word] ?? word);
}

/**
 * Each word's stem, worked out once per process: a handbook uses a few thousand distinct words, each
 * thousands of times, and stemming is most of this rule's time.
 */
const stems = new Map<string, string>();

/** A meaningful word reduced to what is compared: its stem, or the number or the negative as they are. */
function term(word: string): string {
  if (isNumber(word)) return word;
  if (negatives.has(word)) return negative;
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = stemmer(word)));
  return stem;
}

/** The meaningful words of some text: each compared form, with the first way the text writes it. */
export function meaningfulWords(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const word of words(text)) {
    if (stopWords.has(word)) continue;
    const key = term(word);
    if (!terms.has(key)) terms.set(key, word);
  }
  return terms;
}

/** The words a reader reads in some Markdown, with a space between list items, cells and paragraphs. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join(' ') : '';
}

export interface PageSection {
  /** The heading, or '' for the text before the first heading. */
  heading: string;
  text: string;
}

/**
 * The parts of a page body a key point may come from: the opening text, and each heading with the text
 * under it up to the next heading. A sub-section is a part of its own, so a long section with many
 * sub-sections cannot back a point made of words from several of them.
 */
export function pageSections(tree: Root): PageSection[] {
  // One pass: each heading starts a part, which runs to the next heading.
  const parts: { heading: string; nodes: RootContent[] }[] = [{ heading: '', nodes: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading') parts.push({ heading: plainText(node), nodes: [] });
    parts.at(-1)!.nodes.push(node);
  }
  return parts.map(({ heading, nodes }) => ({ heading, text: nodes.map(plainText).join('\n') }));
}

export interface KeyPointSupport {
  point: string;
  backed: boolean;
  /** Meaningful words of the point (as the point writes them) that the page body never uses. */
  notOnPage: string[];
  /** The part of the page with most of the point's words ('' for the opening text). */
  section: string;
  /** Meaningful words of the point that are not in that part of the page. */
  notInSection: string[];
  /** The point has fewer than `keyPointRules.minWords` meaningful words. */
  tooVague: boolean;
}

/** Each part's compared words, worked out once per part however many key points are checked against it. */
const sectionTerms = new WeakMap<PageSection, Set<string>>();
function termsOf(section: PageSection): Set<string> {
  let terms = sectionTerms.get(section);
  if (!terms) sectionTerms.set(section, (terms = new Set(meaningfulWords(section.text).keys())));
  return terms;
}

/** How far the page backs one key point (see the top of this file). */
export function keyPointSupport(point: string, sections: readonly PageSection[]): KeyPointSupport {
  const pointWords = meaningfulWords(point);
  const terms = [...pointWords.keys()];
  const asWritten = (list: string[]) => list.map((t) => pointWords.get(t)!);
  const sectionWords = sections.map(termsOf);
  const pageWords = new Set(sectionWords.flatMap((words) => [...words]));
  const missing = sectionWords.map((words) => terms.filter((t) => !words.has(t)));
  // The closest part of the page: the first with fewest words missing (none, if the point is backed).
  const closest = missing.reduce((best, list, index) => (list.length < missing[best].length ? index : best), 0);
  const tooVague = terms.length < keyPointRules.minWords;
  return {
    point,
    backed: !tooVague && missing[closest].length === 0,
    notOnPage: asWritten(terms.filter((t) => !pageWords.has(t))),
    section: sections[closest]?.heading ?? '',
    notInSection: asWritten(missing[closest] ?? terms),
    tooVague,
  };
}

/** Why a key point is not backed, in words for whoever wrote it; '' when it is backed. */
export function unbackedReason(support: KeyPointSupport): string {
  if (support.backed) return '';
  const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(', ');
  if (support.tooVague) return `it says too little to check (fewer than ${keyPointRules.minWords} of the page's meaningful words)`;
  const where = support.section ? `under "${support.section}"` : 'in the opening text';
  const reason =
    support.notOnPage.length > 0
      ? `the page never says ${quoted(support.notOnPage)}`
      : `no one part of the page says it all: ${where}, the closest, ${quoted(support.notInSection)} ${support.notInSection.length === 1 ? 'is' : 'are'} missing`;
  return reason;
}

/**
 * The rule: each key point of a handbook page (`lines[i]` is the frontmatter line of point i) must be
 * backed by the page's own text, parsed once by the pipeline.
 */
export function keyPointProblems(tree: Root, points: readonly string[], lines: readonly (number | undefined)[]): Finding[] {
  const sections = pageSections(tree);
  return points.flatMap((point, index) => {
    // A point still to be written is reported as the placeholder it is.
    if (point.includes(placeholderMark)) return [];
    const support = keyPointSupport(point, sections);
    if (support.backed) return [];
    return [
      {
        line: lines[index],
        what: `key point ${index + 1}, "${point}", is not what the page says: ${unbackedReason(support)}`,
        fix: support.tooVague
          ? `use at least ${keyPointRules.minWords} of the page's own meaningful words, so the point says what to do or know.`
          : "restate what one part of the page says, in its words: a key point never adds a fact. If the page lacks the fact, add it to the page from its source first.",
      },
    ];
  });
}

