/**
 * Pages written to make the content check slow or make it fall over: each is just under the 100 KB a
 * page may be, and each takes one shape that a careless rule handles in quadratic time or by recursion
 * (one long word, long link text, deep nesting, thousands of the same mistake, runs of digits or
 * punctuation that phone, email and address patterns backtrack on). `npm run benchmark:hostile` times
 * the check of each; tests/gate/hostile.test.ts checks that each is refused or passed without a crash.
 */

/** A page's frontmatter that passes the schema, so the body is what is checked. */
export const hostileFrontmatter = (title: string) => `---
title: ${title}
summary: A page made to test the check.
part: safeguarding
order: 999
keyPoints: ["One.", "Two."]
reviewed: 2026-12-01
changes:
  - date: 2026-12-01
    summary: First published.
---

`;

/** The limit a page may reach (src/lib/content/files.ts), less a little for the frontmatter. */
const room = 100 * 1024 - 600;

/** `unit` repeated to fill a page (then `end`), as one block, or in paragraphs of about 6,000 characters. */
function fill(unit: string, end = '', paragraphs = false): string {
  const count = Math.floor((room - end.length) / (Buffer.byteLength(unit) + (paragraphs ? 2 / 6000 : 0)));
  if (!paragraphs) return unit.repeat(count) + end;
  const perParagraph = Math.max(1, Math.floor(6000 / unit.length));
  const blocks: string[] = [];
  for (let left = count; left > 0; left -= perParagraph) blocks.push(unit.repeat(Math.min(perParagraph, left)));
  return blocks.join('\n\n') + end;
}

export interface HostilePage {
  name: string;
  body: string;
}

/** Text that patterns and parsers can stumble on when it repeats: each is tried as one block and in paragraphs. */
const units: [string, string][] = [
  ['one long word', 'a'],
  ['digits', '0'],
  ['digits and spaces', '0 '],
  ['digits and dots', '1.'],
  ['plus signs and digits', '+4'],
  ['at signs', 'a@'],
  ['dotted words', 'a.'],
  ['open brackets', '['],
  ['image brackets', '!['],
  ['asterisks', '*'],
  ['underscores and letters', '_a'],
  ['backticks', '`'],
  ['less-than signs', '\\<'],
  ['escaped curly brackets', '\\{'],
  ['a team named many times', 'Fostering On Call '],
  ['web addresses as words', 'www.a '],
  ['http as text', 'http://'],
  ['a call to action with digits', 'call 0'],
  ['"at" and "dot" in words', 'a at b dot '],
  ['invisible characters', 'a\u200b'],
];

export function hostilePages(): HostilePage[] {
  const depth = 3000;
  return [
    ...units.flatMap(([name, unit]) => [
      { name: `${name} (one block)`, body: fill(unit) },
      { name: `${name} (paragraphs)`, body: fill(unit, '', true) },
    ]),
    { name: 'spaces then a word', body: fill(' ', 'x') },
    { name: 'long link text', body: `[${fill('a ', '](/handbook/missing-from-care/)').slice(0, -1)}` },
    { name: 'long link text (paragraphs)', body: fill(`[${'a '.repeat(2900)}](/handbook/missing-from-care/)`, '', true) },
    { name: 'long link address', body: `[A page](/${fill('a', ')')}` },
    { name: 'the same broken link 8,000 times', body: fill('[Missing](/handbook/not-a-page/)\n\n') },
    { name: 'headings', body: fill('## A\n\n') },
    { name: 'list nested deeply', body: Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n') },
    { name: 'quotes nested deeply', body: `${'>'.repeat(20000)} text` },
    { name: `<Note> nested ${depth} deep`, body: `${'<Note>\n\n'.repeat(depth)}Text\n\n${'</Note>\n\n'.repeat(depth)}` },
    { name: 'a large table', body: `| A | B |\n| - | - |\n${fill('| a | b |\n')}` },
  ];
}
