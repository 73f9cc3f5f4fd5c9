/**
 * No drift: every key point and every One Minute Guide sentence says no more and no less than the source
 * passage it comes from. For a key point, the source is its page's `source` lines in the seed (and the
 * page itself, which the key point rule already holds it to); for a guide sentence, the handbook pages in
 * its `sources`, their seed lines and their text. Each sentence is matched to its passage and compared
 * (src/lib/content/drift.ts): a change of strength (must, should, may), a condition or qualifier
 * dropped ("if you suspect", "alleged", "as a general rule", "research suggests", "unless", "except",
 * eligibility, "immediately"), an exception the source gives straight after, or, for a guide sentence,
 * no passage at all ("unsourced": under a third of its words in any source sentence). A "why it matters"
 * sentence may be general, so it is only held to a source when it states a duty or a number.
 *
 * Every flag is fixed in the text or recorded in the editorial log: an entry for the page with the
 * flag's id in `drift` and the sentence as published in `wePublish`, saying why it stands. The test
 * fails on a flag the log does not record, and on a log entry no sentence needs any more.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { driftFlags, sentencesOf, sourcePassage, splitSentences, type Passage, type SourceSentence } from '../../src/lib/content/drift.ts';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { normalise } from '../../scripts/lib/builtSite.ts';
import { contentFile, contentFiles, editorialLog, seedLines } from './site.ts';

/** Under this share of its words in any source sentence, a guide sentence has no source passage. */
const sourcedAt = 0.35;

interface Block {
  text: string;
  /** The heading it is under. */
  section: string;
}

/** A page's paragraphs, list items and table cells as read (a <Contact> left out), with their headings. */
function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  const text = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Contact') return '';
    return 'children' in node ? (node.children as Nodes[]).map(text).join('') : '';
  };
  let section = '';
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      section = text(node);
      return;
    }
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      // A label on its own ("**If the child is missing**") introduces what follows; it says nothing itself.
      if (!(node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'strong')) blocks.push({ text: text(node), section });
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(parseMdx(body));
  return blocks;
}

/** The seed sentences of a `source` value such as "000:467-489". */
function seedSentences(source: unknown): SourceSentence[] {
  const match = /^(\d{3}):(\d+)-(\d+)$/.exec(String(source ?? ''));
  if (!match) return [];
  const [, seed, from, to] = match;
  return sentencesOf(seedLines(seed).slice(Number(from) - 1, Number(to)), seed, Number(from));
}

const handbook = new Map(
  contentFiles('handbook').map(({ id, path }) => {
    const { data, body } = contentFile(path);
    return [id, { data, blocks: blocksOf(body) }] as const;
  }),
);

/** Everything a page's text comes from: its seed lines, then its own sentences. */
function sourceOf(id: string): SourceSentence[] {
  const page = handbook.get(id);
  if (!page) return [];
  return [...seedSentences(page.data.source), ...sentencesOf(page.blocks.map((b) => b.text), `handbook/${id}`)];
}

interface Checked {
  page: string;
  sentence: string;
  passage?: Passage;
  flags: { id: string; what: string }[];
}

function checkAll(): Checked[] {
  const checked: Checked[] = [];
  for (const [id, page] of handbook) {
    const source = sourceOf(id);
    const points = (page.data.keyPoints as string[] | undefined) ?? [];
    points.forEach((point, index) => {
      const passage = sourcePassage(point, source);
      // A key point is held to its page by the key point rule; here, to the passage it restates. The
      // point after it may carry on (an exception in a point of its own).
      const around = `${point} ${points[index + 1] ?? ''}`;
      const flags = passage && passage.score >= 0.5 ? driftFlags(point, passage.text, { next: passage.next, around }) : [];
      checked.push({ page: `handbook/${id}`, sentence: point, passage, flags });
    });
  }
  for (const { id, path } of contentFiles('guides')) {
    const { data, body } = contentFile(path);
    const source = ((data.sources as string[] | undefined) ?? []).flatMap(sourceOf);
    for (const block of blocksOf(body)) {
      if (/find out more/i.test(block.section)) continue;
      for (const sentence of splitSentences(block.text)) {
        // A lead-in to a list ("It covers things like:") is read with its list.
        if (/:\s*$/.test(sentence)) continue;
        const passage = sourcePassage(sentence, source);
        const general = /why does it matter/i.test(block.section) && !/\b(?:must|should|never|always|need to|have to)\b|\d/i.test(sentence);
        let flags: Checked['flags'] = [];
        if (!passage || passage.score < sourcedAt) {
          if (!general) flags = [{ id: 'unsourced', what: `no sentence of its sources has more than a third of its words${passage ? ` (closest: "${passage.text.slice(0, 80)}…")` : ''}` }];
        } else {
          flags = driftFlags(sentence, passage.text, { next: passage.next, around: block.text });
        }
        checked.push({ page: `guides/${id}`, sentence, passage, flags });
      }
    }
  }
  return checked;
}

/** Text for comparing a sentence with the log: no <Contact> tags, no space before punctuation. */
function comparable(text: string): string {
  return normalise(text.replace(/<Contact\b[^>]*\/>/g, '').replace(/\*\*/g, ''))
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const checked = checkAll();
const log = editorialLog()
  .filter((e) => Array.isArray((e as { drift?: unknown }).drift))
  .map((e) => ({ ...e, drift: (e as unknown as { drift: string[] }).drift, published: comparable(e.wePublish) }));

/** The log entry that records a flag on a sentence, if any. */
function recorded(item: Checked, id: string) {
  const sentence = comparable(item.sentence);
  return log.find((e) => e.page === item.page && e.drift.includes(id) && e.published.includes(sentence));
}

test('every key point and guide sentence is matched to a source passage (so the comparison below compares something)', () => {
  assert.ok(checked.length > 600, `only ${checked.length} sentences`);
  const matched = checked.filter((c) => c.passage && c.passage.score >= sourcedAt).length;
  assert.ok(matched / checked.length > 0.9, `only ${matched} of ${checked.length} sentences found a passage`);
});

test('no key point or guide sentence drifts from its source unless the editorial log says why', () => {
  const unrecorded = checked.flatMap((item) =>
    item.flags
      .filter((flag) => !recorded(item, flag.id))
      .map((flag) => `${item.page}: "${item.sentence}" - ${flag.id}: ${flag.what}${item.passage ? ` [${item.passage.from}${item.passage.lines.length ? `:${item.passage.lines.join(', ')}` : ''}]` : ''}`),
  );
  assert.deepEqual(unrecorded, []);
});

test('every drift the log records is still there: the sentence is published and still flagged', () => {
  const stale = log.flatMap((entry) =>
    entry.drift
      .filter((id) => !checked.some((item) => item.page === entry.page && entry.published.includes(comparable(item.sentence)) && item.flags.some((f) => f.id === id)))
      .map((id) => `${entry.file} (${entry.page}): drift "${id}" - no sentence of the page in wePublish is flagged "${id}" any more: remove it from drift`),
  );
  assert.deepEqual(stale, []);
});

test('a drift the log records names the seed lines of its passage', () => {
  const wrong = log.flatMap((entry) => {
    const lines = String(entry.lines)
      .split(',')
      .flatMap((part) => {
        const [from, to = from] = part.trim().split('-').map(Number);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
    return checked
      .filter((item) => item.page === entry.page && entry.published.includes(comparable(item.sentence)) && item.flags.length > 0)
      .filter((item) => item.passage?.from === entry.seed && item.passage.lines.length > 0 && !item.passage.lines.some((l) => lines.includes(l)))
      .map((item) => `${entry.file} (${entry.page}): "${item.sentence}" comes from ${entry.seed}:${item.passage!.lines.join(', ')}, not ${entry.seed}:${entry.lines}`);
  });
  assert.deepEqual(wrong, []);
});

test('the drift the issue found is caught in the words it was found in', () => {
  const flagsOf = (sentence: string, passage: string, around?: string) => driftFlags(sentence, passage, { around }).map((f) => f.id);
  assert.ok(flagsOf('Record all incidents of bullying in the daily records of the children involved, both victim and bully.', seedLines('000')[697]).includes('alleged'));
  assert.ok(flagsOf('If a child is bullied online, discuss it with them, record it in the daily record and inform their social worker promptly.', seedLines('000')[659]).includes('if you suspect'));
  assert.ok(flagsOf('Keeping ties with family makes it more likely that a child can return home.', seedLines('000')[1199]).includes('research suggests'));
  assert.ok(
    flagsOf('A multi-agency assessment of leaving care needs should be completed before the young person reaches 18.', seedLines('000')[1275]).includes('eligibility'),
  );
  const visits = sourcePassage('Expect the child’s social worker to visit within one week of the child moving in, then at intervals of no more than six weeks.', sentencesOf(seedLines('000').slice(547, 548), '000', 548))!;
  assert.ok(driftFlags('Expect the child’s social worker to visit within one week of the child moving in, then at intervals of no more than six weeks.', visits.text, { next: visits.next }).some((f) => f.id === 'exception'));
});
