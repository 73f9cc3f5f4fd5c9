/**
 * Nothing internal reaches carers: the notes staff keep about sources and verification (the `note` of
 * each standard in content/standards.yaml, the `why` of each editorial-log entry) and the words of
 * source-hunting ("not confirmed", "secondary sources"…) appear on no built page. The forbidden
 * phrases come from the notes themselves, so a note that leaks onto a page fails this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, normalise, readableText, readPage } from '../../scripts/lib/builtSite.ts';
import { editorialLog, repoRoot } from './site.ts';

/** Words that only staff notes use: about checking sources, never about fostering. */
const staffOnlyWords = [
  'not confirmed',
  'heading not confirmed',
  'not retrievable',
  'not retrieved',
  'could not be retrieved',
  'could not be checked',
  'secondary sources',
  'from recollection',
  'not cited',
  'verified',
  // What staff have asked the service is for the editorial log; a page says what to do meanwhile.
  'we have asked',
  'being asked to confirm',
  'question for the service',
];

/** Sentences long enough to be a note's own words rather than words any page might use. */
const phraseWords = 5;

/**
 * A note's sentences of at least `phraseWords` words, and any web domain it names. Quoted words are left
 * out: a note quotes the official title or the source text, which pages rightly publish.
 */
function noteFragments(note: string): string[] {
  const text = normalise(note);
  const unquoted = text.replace(/'[^']*'(?=[\s.,;:)]|$)|"[^"]*"/g, ' ').replace(/\s+/g, ' ');
  const sentences = unquoted
    .split(/(?<=[.?!])\s+(?=[A-Z0-9])/)
    .map((c) => c.trim().replace(/[.?!]$/, ''))
    .filter((c) => c.split(' ').length >= phraseWords);
  const domains = [...text.matchAll(/\b[a-z0-9-]+\.(?:com|net|info|org|co\.uk)\b/gi)].map((m) => m[0]);
  return [...sentences, ...domains];
}

const standards = parseYaml(readFileSync(join(repoRoot, 'content/standards.yaml'), 'utf8')) as { id: string; note?: string }[];
const forbidden = [
  ...staffOnlyWords.map((phrase) => ({ phrase, from: 'staff-only words' })),
  ...standards.flatMap((s) => (s.note ? noteFragments(s.note).map((phrase) => ({ phrase, from: `the note on ${s.id}` })) : [])),
  ...editorialLog().flatMap((e) => noteFragments(e.why).map((phrase) => ({ phrase, from: `an editorial-log question (${e.file}, ${e.seed}:${e.lines})` }))),
];

test('the forbidden phrases come from the notes (so the test follows the notes as they change)', () => {
  assert.ok(standards.filter((s) => s.note).length > 0, 'no notes in standards.yaml');
  const fromNotes = forbidden.filter((f) => f.from.startsWith('the note on'));
  assert.ok(fromNotes.length >= standards.filter((s) => s.note && s.note.split(' ').length >= phraseWords).length, `only ${fromNotes.length} phrases from notes`);
  assert.ok(noteFragments('Title seen only in the DfE post-consultation draft contents (docsbay.net copy); final 2011 wording not confirmed.').includes('docsbay.net'));
});

test('no built page contains a staff note or the words of source-hunting', () => {
  const pages = builtPages();
  assert.ok(pages.length > 100, `only ${pages.length} pages built`);
  const leaks: string[] = [];
  for (const { path, file } of pages) {
    const text = readableText(readPage(file)).toLowerCase();
    for (const { phrase, from } of forbidden) {
      if (text.includes(phrase.toLowerCase())) leaks.push(`${path}: "${phrase}" (from ${from})`);
    }
  }
  assert.deepEqual(leaks, []);
});

/**
 * Editorial wording: what staff found about the sources, said in public. A change note says what changed
 * for the reader ("Added the exception for permanent placements"), never what a source lacks; a page
 * gives no date or currency to a document that the sources do not; the standards page is for carers.
 * These are the phrases the last check found on pages, in What's new and in the feed (issue 22).
 */
const editorialPhrases = [
  'which no source',
  'no source gives',
  'no source says',
  'no source states',
  'without saying how often',
  'does not say how often',
  'the source does not',
  'the sources do not',
  'for staff checking',
  'what the handbook covers',
  'no handbook page cites',
  'written in 2018',
  'the 2018 strategy',
  'an older address',
  'an older telephone number',
  'newer statement of purpose',
  'the current strategy is',
  'from 33 onwards',
  'including regs 33-36',
];

test('no page, What’s new or the updates feed uses editorial wording about the sources', () => {
  const pages = builtPages();
  const found: string[] = [];
  const texts = [
    ...pages.map(({ path, file }) => ({ where: path, text: readableText(readPage(file)) })),
    { where: '/updates.xml', text: normalise(readPage('updates.xml')) },
  ];
  assert.ok(texts.some((t) => t.where === '/whats-new/'), 'What’s new was not built');
  for (const { where, text } of texts) {
    const lower = text.toLowerCase();
    for (const phrase of editorialPhrases) if (lower.includes(phrase)) found.push(`${where}: "${phrase}"`);
  }
  assert.deepEqual(found, []);
});

test('the phrases are the ones the check found (so the test above would catch them)', () => {
  const old = 'The guide no longer says you can contact your Supervising Social Worker at any time, which no source says; it says what the handbook says.';
  assert.ok(editorialPhrases.some((phrase) => old.toLowerCase().includes(phrase)));
  assert.ok(editorialPhrases.some((phrase) => 'This strategy, written in 2018, gave an older address'.toLowerCase().includes(phrase)));
});
