/**
 * The numbers a One Minute Guide states - amounts, time limits, ages, counts - checked against the
 * handbook pages the guide summarises (its `sources`). A carer acts on "within 28 calendar days" or
 * "£5": a guide must never state a number its sources do not, unless the editorial log vouches for it
 * (an entry for the guide with `numbers: [...]`; tests/content/guideNumbers.test.ts checks those against
 * the seed lines the entry names, which only the repository's tests can read).
 *
 * A quantity is a value and, where the text gives one, a unit:
 * - time: "28 calendar days", "5 working days", "24 hours", "six-week", "every two weeks", "3 years old"
 *   (the unit is the singular word, with "working", "calendar" or "school" kept: 5 working days are not
 *   5 days);
 * - money: "£5", "£500", and "£5 a week" (unit "£ a week": a rate is not the same claim as an amount);
 * - times of day: "8.30am", "5pm";
 * - percentages: "20%";
 * - any other number written in figures ("Section 47", "under 18", "2011"): no unit.
 * Numbers written as words count only before a unit ("two weeks", "the fifth day"): "one of", "no one"
 * are not claims. "Fortnightly" is every 2 weeks.
 *
 * A guide's quantity is sourced when a source states the same value with the same unit; a number with
 * no unit only needs the same value, with or without a unit.
 */
import type { Nodes, Root } from 'mdast';
import type { Finding } from '../problem.ts';

export interface Quantity {
  value: number;
  /** "" for a bare number; "day", "working day", "£", "£ a week", "time", "%"… */
  unit: string;
  /** The words as written, for messages. */
  written: string;
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  fourteenth: 14,
  sixteenth: 16,
  eighteenth: 18,
  twentieth: 20,
};

const units = 'minutes?|hours?|days?|weeks?|fortnights?|months?|years?';
const qualifier = '(?:(?<qualifier>working|calendar|school)[\\s-]+)?';
const wordNumber = Object.keys(numberWords).join('|');
const figure = '\\d+(?:[.,]\\d+)*';

/** One alternation, tried left to right at each position: money, times of day, percentages, then numbers. */
const pattern = new RegExp(
  [
    `(?<money>£\\s?(?<amount>${figure})(?:\\s+(?:a|an|per|each)\\s+(?<per>day|week|fortnight|month|year))?)`,
    `(?<time>(?<clock>\\d{1,2}(?:[.:]\\d{2})?)\\s?(?<ampm>am|pm)\\b)`,
    `(?<percent>(?<pct>${figure})\\s?(?:%|per\\s?cent\\b))`,
    `(?<measure>(?<n>${figure}(?:st|nd|rd|th)?|\\b(?:${wordNumber}))(?:[\\s-]+)${qualifier}(?<unit>${units})\\b(?:[\\s-]+old\\b)?)`,
    `(?<fortnightly>\\bfortnightly\\b)`,
    `(?<bare>(?<![\\p{L}\\d.,£])(?<figures>${figure})(?:st|nd|rd|th)?(?![\\p{L}\\d]))`,
  ].join('|'),
  'giu',
);

function toNumber(written: string): number {
  const word = numberWords[written.toLowerCase()];
  if (word !== undefined) return word;
  return Number(written.replace(/(st|nd|rd|th)$/i, '').replace(/,(?=\d{3}\b)/g, ''));
}

function singular(unit: string): string {
  return unit.toLowerCase().replace(/s$/, '');
}

/** Names with a number in them that state nothing: "One Minute Guide" is not one minute. */
const names = /\bOne Minute Guides?\b/gi;

export function quantitiesIn(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.replace(names, ' ').matchAll(pattern)) {
    const g = match.groups!;
    const written = match[0].trim();
    if (g.money) {
      quantities.push({ value: toNumber(g.amount), unit: g.per ? `£ a ${g.per.toLowerCase()}` : '£', written });
    } else if (g.time) {
      const [hours, minutes = '00'] = g.clock.split(/[.:]/);
      quantities.push({ value: Number(hours) + Number(minutes) / 100, unit: `time ${g.ampm.toLowerCase()}`, written });
    } else if (g.percent) {
      quantities.push({ value: toNumber(g.pct), unit: '%', written });
    } else if (g.measure) {
      const unit = singular(g.unit);
      quantities.push({
        value: unit === 'fortnight' ? toNumber(g.n) * 2 : toNumber(g.n),
        unit: `${g.qualifier ? `${g.qualifier.toLowerCase()} ` : ''}${unit === 'fortnight' ? 'week' : unit}`,
        written,
      });
    } else if (g.fortnightly) {
      quantities.push({ value: 2, unit: 'week', written });
    } else if (g.bare) {
      quantities.push({ value: toNumber(g.figures), unit: '', written });
    }
  }
  return quantities;
}

/** Whether `sources` state the quantity: the same value and unit, or for a bare number, the same value. */
export function isStatedIn(quantity: Quantity, sources: readonly Quantity[]): boolean {
  return sources.some((s) => s.value === quantity.value && (quantity.unit === '' || s.unit === quantity.unit));
}

/** The guide's quantities that none of its sources state, once each, in the order written. */
export function unsourcedQuantities(guide: readonly Quantity[], sources: readonly Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return guide.filter((q) => {
    const key = `${q.value} ${q.unit}`;
    if (seen.has(key) || isStatedIn(q, sources)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The words a reader reads on a page, from its parsed MDX (src/lib/content/mdx.ts): text, with each block
 * on its own line. Link addresses and components are left out - a <Contact> number comes from
 * content/contacts.yaml, not from the page.
 */
export function readableText(tree: Root): string {
  const text = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      return node.name === 'Contact' ? '' : node.children.map((c) => text(c as Nodes)).join('\n');
    }
    if (!('children' in node)) return '';
    const inline =
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'tableCell' ||
      node.type === 'link' ||
      node.type === 'emphasis' ||
      node.type === 'strong' ||
      node.type === 'delete';
    return (node.children as Nodes[]).map(text).join(inline ? '' : '\n');
  };
  return text(tree);
}

/** The quantities a page states in its summary and text, each with the file line where it is written. */
export function pageQuantities(summary: string, tree: Root, fileText: string): (Quantity & { line?: number })[] {
  const lines = fileText.split(/\r?\n/);
  return quantitiesIn(`${summary}\n${readableText(tree)}`).map((q) => {
    const at = lines.findIndex((line) => line.includes(q.written));
    return { ...q, line: at === -1 ? undefined : at + 1 };
  });
}

/**
 * The rule: each number the guide states that neither its sources nor the log's `numbers` for it state,
 * once, at the line where the guide first writes it.
 */
export function guideNumberProblems(
  guide: readonly (Quantity & { line?: number })[],
  sources: { ids: readonly string[]; quantities: readonly Quantity[] },
  vouched: readonly Quantity[],
): Finding[] {
  return unsourcedQuantities(guide, sources.quantities)
    .filter((q) => !isStatedIn(q, vouched))
    .map((q) => ({
      line: (q as Quantity & { line?: number }).line,
      what: `the guide says "${q.written}", but none of its sources (${sources.ids.join(', ') || 'none listed'}) does`,
      fix: `use the number the handbook page gives, or list the page that states it under sources. If only a source document states it, log it in content/editorial-log (page: guides/…, numbers: ["${q.written}"], with the seed lines).`,
    }));
}

