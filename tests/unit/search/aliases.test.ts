import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  aliasesFor,
  commonPhrases,
  distinctivePages,
  glossaryRules,
  normaliseText,
  phrasesFor,
  synonymRules,
  type AliasRule,
  type GlossaryEntry,
  type SynonymEntry,
} from '../../../src/lib/search/aliases.ts';
import { contentTypes } from '../../../src/lib/routes.ts';
import { contactViews } from '../../../src/lib/contacts.ts';
import { parseMdx } from '../../../src/lib/content/mdx.ts';
import { mdxRenderedText } from '../../../src/lib/search/renderedText.ts';

const page = (title: string, summary: string, body: string) => ({ title, summary, body });

test('a page that says the handbook’s words is found by the carers’ words, strongest where it says them', () => {
  const rules = synonymRules([{ pagesSay: ['short stays'], carersSay: ['respite', 'short break'] }]);
  assert.deepEqual(aliasesFor(page('Short stays', '', ''), rules), [
    { words: 'respite', strength: 3 },
    { words: 'short break', strength: 3 },
  ]);
  assert.deepEqual(
    aliasesFor(page('Money', 'Includes short stays.', ''), rules).map((a) => a.strength),
    [2, 2],
  );
  assert.deepEqual(
    aliasesFor(page('Money', '', 'Ask about Short-Stays.'), rules).map((a) => a.strength),
    [1, 1],
  );
  assert.deepEqual(aliasesFor(page('Money', '', 'Shorts stay in the drawer.'), rules), []);
});

test('words the page already uses are not added again, and plurals count as mentions', () => {
  const rules = synonymRules([{ pagesSay: ['One Minute Guide'], carersSay: ['OMG', 'guide summary'] }]);
  assert.deepEqual(
    aliasesFor(page('', '', 'Read the One Minute guides and the OMG list.'), rules).map((a) => a.words),
    ['guide summary'],
  );
});

test('a page’s phrases that can only mean it (carersAsk): for what its title or summary is about, said on the page or not; found as carers’ words too', () => {
  const rules = synonymRules([
    { pagesSay: ['out of hours'], carersSay: ['emergency', 'middle of the night'], carersAsk: ['on call'] },
    { pagesSay: ['safeguarding'], carersSay: ['abused'], carersAsk: ['touched her'] },
  ]);
  // "On call" is in the text and so no alias, but it is a phrase the guide is known by; "middle of the night" is only a carers' word.
  const guide = page('Out of hours help', '', 'Ring Fostering On Call. It is not for safeguarding.');
  assert.deepEqual(
    aliasesFor(guide, rules).map((a) => a.words),
    ['emergency', 'middle of the night', 'abused', 'touched her'],
  );
  assert.deepEqual(phrasesFor(guide, rules), ['on call'], 'a passing mention in the text gives no phrase');
  assert.deepEqual(phrasesFor(page('Money', 'Help out of hours.', ''), rules), ['on call'], 'the summary counts');
  assert.deepEqual(phrasesFor(guide, rules, new Set(['on call'])), [], 'a common phrase is left out');
  // Its words one by one weigh as a passing mention, even on the page it means: typed whole, it lifts that page.
  assert.deepEqual(aliasesFor(page('Safeguarding', '', ''), rules), [
    { words: 'abused', strength: 3 },
    { words: 'touched her', strength: 1 },
  ]);
  const both = synonymRules([{ pagesSay: ['mental health'], carersSay: ['self harm'], carersAsk: ['self harm'] }]);
  assert.deepEqual(aliasesFor(page('Mental health', '', ''), both), [{ words: 'self harm', strength: 3 }], 'unless carersSay has it too');
});

test('a phrase more pages are about than distinctivePages is common: it would lift them all', () => {
  const rules = synonymRules([
    { pagesSay: ['fostering service'], carersSay: [], carersAsk: ['the social', 'social services'] },
    { pagesSay: ['safeguarding'], carersSay: [], carersAsk: ['touched her'] },
  ]);
  const many = Array.from({ length: distinctivePages + 1 }, (_, i) => page(`Fostering Service ${i}`, '', ''));
  assert.deepEqual([...commonPhrases([...many, page('Safeguarding', '', '')], rules)].sort(), ['social services', 'the social']);
  assert.deepEqual(
    [...commonPhrases([...many.slice(1), page('Safeguarding', '', '')], rules)],
    [],
    `${distinctivePages} pages are not too many`,
  );
});

test('glossary: acronyms and expansions find each other; other names only follow the term', () => {
  const glossary: GlossaryEntry[] = [
    { term: 'SSW', expansion: 'Supervising Social Worker', alsoKnownAs: ['link worker'] },
    { term: 'Family time', alsoKnownAs: ['contact'] },
  ];
  const rules = glossaryRules(glossary);
  assert.deepEqual(
    aliasesFor(page('', '', 'Your supervising social worker visits.'), rules).map((a) => a.words),
    ['link worker', 'SSW'],
  );
  assert.deepEqual(
    aliasesFor(page('', '', 'Ask your SSW.'), rules).map((a) => a.words),
    ['link worker', 'Supervising Social Worker'],
  );
  assert.deepEqual(
    aliasesFor(page('', '', 'Family time is planned.'), rules).map((a) => a.words),
    ['contact'],
  );
  assert.deepEqual(aliasesFor(page('', '', 'Keep in contact.'), rules), [], 'an ordinary word does not tag a page');
});

test('acronyms match only in capitals, so ordinary words (keep, rise, pace) do not tag pages', () => {
  const rules = glossaryRules([{ term: 'KEEP', expansion: 'Keeping foster carers supported', alsoKnownAs: [] }]);
  assert.deepEqual(aliasesFor(page('', '', 'Keep records safe.'), rules), []);
  assert.equal(aliasesFor(page('', '', 'The KEEP course.'), rules).length, 1);
});

test('content: every synonym entry finds at least one page, so none is dead weight', () => {
  const root = process.cwd();
  const synonyms = parse(readFileSync(join(root, 'content/synonyms.yaml'), 'utf8')) as (SynonymEntry & { id: string })[];
  const contacts = contactViews(parse(readFileSync(join(root, 'content/contacts.yaml'), 'utf8')));
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const pages = contentTypes.flatMap((folder) =>
    readdirSync(join(root, 'content', folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const source = readFileSync(join(root, 'content', folder, name), 'utf8');
        const [, frontmatter = '', body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
        const title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1] ?? '';
        return page(title, '', `${frontmatter}\n${mdxRenderedText(parseMdx(body), byId)}`);
      }),
  );
  const dead = synonyms.filter((entry) => !pages.some((p) => aliasesFor(p, synonymRules([entry])).length > 0)).map((e) => e.id);
  assert.deepEqual(dead, [], 'these synonym entries match no page: check their pagesSay words');
});

/** The first way aliases were found, one text search per phrase per page: the reference the faster lookup must agree with. */
function aliasesByTextSearch(page: { title: string; summary: string; body: string }, rules: readonly AliasRule[]) {
  const hay = (text: string) => ({ lower: normaliseText(text), asWritten: normaliseText(text, true) });
  const occurrences = (text: { lower: string; asWritten: string }, phrase: string) => {
    const acronym = /^[A-Z0-9]{2,}$/.test(phrase.trim());
    const needle = normaliseText(phrase, acronym);
    const inText = acronym ? text.asWritten : text.lower;
    if (needle.trim() === '') return 0;
    let count = 0;
    for (const form of [needle, `${needle.trimEnd()}s `])
      for (let at = inText.indexOf(form); at !== -1; at = inText.indexOf(form, at + form.length - 1)) count++;
    return count;
  };
  const [title, summary, body] = [hay(page.title), hay(page.summary), hay(page.body)];
  const all = hay(`${page.title} \n ${page.summary} \n ${page.body}`);
  const strongest = new Map<string, { words: string; strength: 1 | 2 | 3 }>();
  for (const rule of rules) {
    const says = (text: typeof title) => rule.pagesSay.some((p) => occurrences(text, p) > 0);
    const strength = says(title) ? 3 : says(summary) ? 2 : says(body) ? 1 : 0;
    if (strength === 0) continue;
    for (const words of rule.carersSay) {
      if (occurrences({ lower: all.lower, asWritten: all.lower }, words.toLowerCase()) > 0) continue;
      const known = strongest.get(normaliseText(words));
      if (!known || known.strength < strength) strongest.set(normaliseText(words), { words, strength });
    }
  }
  return [...strongest.values()].sort((a, b) => b.strength - a.strength || a.words.localeCompare(b.words));
}

test('aliases are found exactly as a search of the text for each phrase finds them (10,000 generated pages and rules)', () => {
  const vocabulary = [
    'carer',
    'carers',
    'respite',
    'short',
    'break',
    'breaks',
    'SSW',
    'ssw',
    'LADO',
    'lado',
    'One',
    'Minute',
    'Guide',
    'guides',
    'child’s',
    "child's",
    'social',
    'worker',
    'workers',
    'a',
    's',
    '-',
    '(',
    ')',
    ',',
    '.',
    '\n',
    'KEEP',
    'keep',
    '2',
    '24/7',
  ];
  let seed = 23;
  const random = (n: number) => ((seed = (seed * 48_271) % 2_147_483_647), seed % n);
  const text = (length: number) => Array.from({ length }, () => vocabulary[random(vocabulary.length)]).join(random(4) === 0 ? '' : ' ');
  for (let i = 0; i < 10_000; i++) {
    const rules = Array.from({ length: 1 + random(4) }, () => ({
      pagesSay: Array.from({ length: 1 + random(2) }, () => text(1 + random(3))),
      carersSay: Array.from({ length: 1 + random(2) }, () => text(1 + random(2))),
    }));
    const page = { title: text(random(4)), summary: text(random(8)), body: text(random(40)) };
    assert.deepEqual(aliasesFor(page, rules), aliasesByTextSearch(page, rules), JSON.stringify({ page, rules }));
  }
});
