import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  commonWords,
  confirmsSlip,
  findPages,
  liftTypedPhrases,
  mayNotCover,
  pageTerms,
  passingMentions,
  preloadFor,
  sameWord,
  typedPhrase,
  weakMatch,
  type PagefindResult,
} from '../../../src/lib/search/find.ts';
import { packVocabulary, unpackVocabulary, vocabularyWeights } from '../../../src/lib/search/vocabulary.ts';
import { correctWord } from '../../../src/lib/search/corrections.ts';
import { fakePagefind, fakeVocabulary } from './fakeHandbook.ts';

const state = (q: string, type: string[] = []) => ({ q, type, part: '', standard: '' });
const urls = async (found: Awaited<ReturnType<typeof findPages>>) => Promise.all(found.results.map(async (r) => (await r.data()).url));

test('a query of one word is one Pagefind search', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('What about sleepovers?'), fakeVocabulary());
  assert.deepEqual(pagefind.searched, ['sleepovers']);
  assert.deepEqual(await urls(found), ['/guides/sleepovers/']);
  assert.deepEqual(found.terms, ['sleepovers']);
});

test('a question of several words: one search per word, pages with every word first, none missed for one word', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('supervising social worker allegation'), fakeVocabulary());
  assert.deepEqual(pagefind.searched, ['supervising', 'social', 'worker', 'allegation'], 'no search for the whole query as well');
  assert.deepEqual(await urls(found), ['/handbook/allegations/', '/handbook/safeguarding/']);
});

test('filters go with every search; filters without words list every page they allow', async () => {
  const pagefind = fakePagefind();
  assert.deepEqual(await urls(await findPages(pagefind, state('', ['guide']))), ['/guides/money/', '/guides/sleepovers/']);
  assert.deepEqual(pagefind.searched, [null]);
  assert.deepEqual(await urls(await findPages(pagefind, state('child', ['handbook']))), ['/handbook/safeguarding/']);
});

test('a sure correction is searched straight away, never the misspelt word', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('safegaurding'), fakeVocabulary());
  assert.deepEqual(pagefind.searched, ['safeguarding']);
  assert.equal(found.corrected, 'safeguarding');
  assert.equal(found.suggestion, undefined);
  assert.deepEqual(await urls(found), ['/handbook/safeguarding/']);
});

test('an unsure correction is offered while the other words’ pages are shown', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('pocket mony'), fakeVocabulary());
  assert.deepEqual(pagefind.searched, ['pocket'], 'the misspelt word is not searched');
  assert.equal(found.suggestion, 'pocket money');
  assert.equal(found.corrected, undefined);
  assert.deepEqual(found.terms, ['pocket']);
  assert.deepEqual(await urls(found), ['/guides/money/']);
});

test('when the other words find nothing, the unsure correction is searched after all', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('mony'), fakeVocabulary());
  assert.deepEqual(pagefind.searched, ['money']);
  assert.equal(found.corrected, 'money');
});

test('beside pages that do not answer (a word in no page), an unsure correction is not offered', async () => {
  const pagefind = fakePagefind();
  // "uniform" is in no page, with or without "mony" corrected: offering "uniform pocket money" would sit
  // beside "the handbook may not cover this" as a contradiction.
  const found = await findPages(pagefind, state('uniform pocket mony'), fakeVocabulary());
  assert.equal(found.suggestion, undefined);
  assert.equal(found.corrected, undefined);
  assert.deepEqual(found.terms, ['uniform', 'pocket']);
  assert.equal(mayNotCover(found, false), true);
});

test('with filters (never "may not cover"), an unsure correction is offered beside the pages found', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('uniform pocket mony', ['guide']), fakeVocabulary());
  assert.equal(found.suggestion, 'uniform pocket money');
  assert.equal(mayNotCover(found, true), false);
});

test('beside pages that only pass near the question, an unsure correction is neither offered nor searched', async () => {
  const pagefind = fakePagefind();
  // "friends" and "trips" are each on a different page, in passing (a weak match). With "mony" taken as
  // "money" the money guide would answer, but an unsure correction is as often another word.
  const found = await findPages(pagefind, state('friends trips mony'), fakeVocabulary());
  assert.equal(found.suggestion, undefined);
  assert.equal(found.corrected, undefined);
  assert.equal(mayNotCover(found, false), true);
});

test('two words the handbook writes as one: searched as typed, the one word offered', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('sleep over'), fakeVocabulary());
  assert.deepEqual(pagefind.searched, ['sleep', 'over']);
  assert.equal(found.suggestion, 'sleepover');
  assert.deepEqual(await urls(found), ['/guides/sleepovers/']);
});

test('without the vocabulary (not loaded yet, or offline) the search runs as typed', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('safegaurding'));
  assert.deepEqual(pagefind.searched, ['safegaurding']);
  assert.deepEqual(found.results, []);
});

test('while typing, the index is fetched for the words so far and their corrections', () => {
  const pagefind = fakePagefind();
  preloadFor(pagefind, 'How much pocket mony', fakeVocabulary());
  preloadFor(pagefind, 'who do I', fakeVocabulary());
  preloadFor(pagefind, 'po', fakeVocabulary());
  assert.deepEqual(pagefind.preloaded, ['pocket mony money'], 'not for question words, nor a letter or two');
});

test('a word no page uses is noted, and the search says the handbook may not cover the question', async () => {
  const pagefind = fakePagefind();
  const found = await findPages(pagefind, state('who pays for school uniform'), fakeVocabulary());
  assert.deepEqual(found.unmatched, ['uniform']);
  assert.equal(found.suggestion, undefined, 'no "Did you mean …?" for real words');
  assert.equal(mayNotCover(found, false), true);
  assert.equal(mayNotCover(found, true), false, 'with filters, the page may only be filtered out');
  const covered = await findPages(pagefind, state('pocket money'), fakeVocabulary());
  assert.deepEqual(covered.unmatched, []);
  assert.equal(mayNotCover(covered, false), false);
  assert.equal(mayNotCover(await findPages(pagefind, state('xylophone'), fakeVocabulary()), false), true, 'nothing found at all');
  assert.equal(mayNotCover(await findPages(pagefind, state('', ['guide'])), false), false, 'filters alone');
});

test('a word the handbook never uses counts as unmatched even when Pagefind finds pages for its first letters', async () => {
  const pagefind = fakePagefind();
  // A real index answers a word it does not know with pages for a shorter start of it ("uni…"): here, pages.
  const prefixMatching = {
    ...pagefind,
    search: (term: string | null, options: { filters: Record<string, unknown> }) =>
      pagefind.search(term === 'uniform' ? 'school' : term, options),
  };
  const found = await findPages(prefixMatching, state('school uniform'), fakeVocabulary());
  assert.ok(found.results.length > 0);
  assert.deepEqual(found.unmatched, ['uniform']);
  assert.equal(mayNotCover(found, false), true);
});

test('the best page is a weak match when it lacks a word and only mentions the others in passing', () => {
  const passing = { mentions: 1, inHeading: false };
  // "tv licence": a guide that says "licence" once and never "tv".
  assert.equal(weakMatch([undefined, passing]), true);
  assert.equal(weakMatch([undefined, { mentions: passingMentions, inHeading: false }, undefined]), true);
  // Said often, or in a heading, or through the page's aliases (no mentions in its text): the page is about it.
  assert.equal(weakMatch([undefined, { mentions: passingMentions + 1, inHeading: false }]), false);
  assert.equal(weakMatch([undefined, { mentions: 1, inHeading: true }]), false);
  assert.equal(weakMatch([undefined, { mentions: 0, inHeading: false }]), false, '"can my mum babysit": found by its alias');
  assert.equal(weakMatch([undefined, passing, { mentions: 5, inHeading: false }]), false, 'one word the page is about is enough');
  // None of the words: the page was found only through other words that begin like them ("taxi" for "tax").
  assert.equal(weakMatch([undefined, undefined]), true);
});

test('words far more widespread than the question’s rarest are no sign of an answer: "tv licence for my foster child" is as weak as "tv licence"', () => {
  // tv (no page), licence (3 pages), foster (90), child (85).
  assert.deepEqual(commonWords([0, 3, 90, 85]), [false, false, true, true]);
  // social (60), worker (60), warning (10): none ten times the rarest.
  assert.deepEqual(commonWords([60, 60, 0, 10]), [false, false, false, false]);
  assert.deepEqual(commonWords([0, 0]), [false, false]);
  const passing = { mentions: 1, inHeading: false };
  const inHeadings = { mentions: 30, inHeading: true };
  const words = [undefined, passing, inHeadings, inHeadings];
  assert.equal(weakMatch(words), false, 'without knowing which words are common, the headings count');
  assert.equal(weakMatch(words, [0, 3, 90, 85]), true);
  // A word that is not common, in a heading, still makes the page an answer.
  assert.equal(weakMatch([undefined, inHeadings, inHeadings], [0, 60, 60]), false);
});

test('a question whose best page lacks a word and passes the others by says the handbook may not cover it', async () => {
  const pagefind = fakePagefind();
  // "trips" is in the money guide once, "fairly" in the allegations page once: no page has both.
  const passing = await findPages(pagefind, state('trips fairly'), fakeVocabulary());
  assert.deepEqual(passing.unmatched, [], 'both words are real words of the handbook');
  assert.equal(passing.weak, true);
  assert.equal(mayNotCover(passing, false), true);
  assert.equal(mayNotCover(passing, true), false, 'with filters, the page may only be filtered out');
  const answered = await findPages(pagefind, state('allegation supervising'), fakeVocabulary());
  assert.equal(answered.weak, false, 'the allegations page has both words');
  const about = await findPages(pagefind, state('trips sleepover'), fakeVocabulary());
  assert.equal(about.weak, false, 'the sleepovers page has "sleepover" in its title and text: it is about it');
  assert.equal(mayNotCover(about, false), false);
});

test('a word of a page is the word searched for, or another form of it, not a longer word that begins with it', () => {
  for (const [term, written] of [
    ['council', 'Council’s'],
    ['pet', 'pets.'],
    ['meetings', 'meeting'],
    ['supervising', 'Supervision'],
    ['abbreviations', 'abbreviation,'],
    ['tax', 'tax,'],
    ['braided', 'braiding'],
    ['worrying', 'worried'],
    ['family', 'families'],
    ['allegations', 'alleged'],
    ['move', 'moving'],
    ['phoning', 'phone'],
    ['child', 'children'],
    ['respit', 'respite'],
    ['alleg', 'allegations'],
  ])
    assert.equal(sameWord(term, written), true, `${term}: ${written}`);
  for (const [term, written] of [
    ['tax', 'taxi'],
    ['tax', 'Taxis'],
    ['pet', 'petrol'],
    ['car', 'carer'],
    ['day', 'daytime'],
    ['pub', 'public'],
    ['bed', 'bedroom'],
    ['lice', 'licence'],
    ['care', 'career'],
    ['tax', ''],
  ])
    assert.equal(sameWord(term, written), false, `${term}: ${written}`);
});

test('a one-word search that finds pages only through longer words ("pub" in "public") is not an answer', async () => {
  const pagefind = fakePagefind();
  // The fake index, like Pagefind, finds "fin" in "fine" ("Most sleepovers are fine").
  const found = await findPages(pagefind, state('fin'), fakeVocabulary());
  assert.deepEqual(await urls(found), ['/guides/sleepovers/']);
  assert.equal(found.weak, true);
  assert.equal((await findPages(pagefind, state('fine'), fakeVocabulary())).weak, false);
});

test('a page Pagefind finds only through a longer word ("fin" in "fine") does not hold the word', async () => {
  const pagefind = fakePagefind();
  // The sleepovers guide says "fine", never "fin", and "friends" once: it lacks a word and passes the other by.
  const found = await findPages(pagefind, state('fin friends'), fakeVocabulary());
  assert.equal((await urls(found))[0], '/guides/sleepovers/');
  assert.equal(found.weak, true);
});

/**
 * One page and a Pagefind that finds it by any word it says, with real English words the vocabulary knows
 * the page does not use.
 */
function onePage(title: string, body: string, realWords: string[]) {
  const content = `${title}. ${body}`;
  const fragment = { url: '/page/', content, meta: { title }, anchors: [{ text: title }], sub_results: [], weighted_locations: [] };
  const pagefind = {
    async search(term: string | null) {
      const found =
        term === null ||
        content
          .toLowerCase()
          .split(/\W+/)
          .some((word) => word.startsWith(term));
      return { results: found ? [{ id: '/page/', score: 1, data: async () => fragment }] : [] };
    },
    async preload() {},
  };
  const vocabulary = unpackVocabulary(packVocabulary(vocabularyWeights({ pages: [{ title, summary: '', body }], terms: [] }), realWords));
  return { pagefind, vocabulary };
}

test('a real word that a page’s title confirms as a typing slip is corrected ("mental heath": mental health)', async () => {
  const { pagefind, vocabulary } = onePage('Emotional and mental health', 'Mental health matters. Talk to the GP.', ['heath']);
  const found = await findPages(pagefind, state('mental heath'), vocabulary);
  assert.equal(found.corrected, 'mental health');
});

test('when the closest word is no page’s term, another as close is tried ("care lever": level, then leaver)', async () => {
  // "level" is the handbook's more used word, so the best correction of "lever"; only "care leaver" is a term.
  const { pagefind, vocabulary } = onePage(
    'Care leavers',
    'The level of support. Level two. Level three. A level. A care leaver may stay.',
    ['lever'],
  );
  assert.deepEqual(correctWord('lever', vocabulary), { from: 'lever', to: 'level', sure: true, others: ['leaver'] });
  const found = await findPages(pagefind, state('care lever'), vocabulary);
  assert.equal(found.corrected, 'care leaver');
});

test('a three-letter word the pages confirm as a letter left out is corrected ("self ham": self harm)', async () => {
  const { pagefind, vocabulary } = onePage('Self harm', 'Self harm can be hidden. Talk to the GP. Help is there.', []);
  assert.equal((await findPages(pagefind, state('self ham'), vocabulary)).corrected, 'self harm');
  assert.equal((await findPages(pagefind, state('sef harm'), vocabulary)).corrected, 'self harm');
  const alone = await findPages(pagefind, state('ham'), vocabulary);
  assert.equal(alone.corrected ?? alone.suggestion, undefined, 'alone, nothing confirms it');
});

test('a real word confirmed by a title but not shaped like a typing slip is only offered ("leaving cake": leaving care)', async () => {
  const { pagefind, vocabulary } = onePage('Leaving care', 'When young people leave care, support goes on.', ['cake']);
  const found = await findPages(pagefind, state('leaving cake'), vocabulary);
  assert.equal(found.corrected, undefined);
  assert.equal(found.suggestion, 'leaving care');
  assert.ok(found.terms.includes('cake'), 'searched as typed');
});

test('a real word no title, heading or carers’ word confirms is searched as typed: neither corrected nor offered', async () => {
  // Alone; beside a word the page says it with only in running text ("talk to the gp" is no term).
  const { pagefind, vocabulary } = onePage('Emotional and mental health', 'Mental health matters. Talk to the health visitor.', ['heath']);
  for (const q of ['heath', 'the heath', 'heath visitor']) {
    const found = await findPages(pagefind, state(q), vocabulary);
    assert.equal(found.corrected, undefined, q);
    assert.equal(found.suggestion, undefined, q);
    assert.ok(found.terms.includes('heath'), q);
  }
});

test('a term confirms a slip with two or three words typed in a row, one more than a question word, as whole words', () => {
  const fix = (from: string, to: string) => ({ from, to, sure: false, real: true });
  assert.equal(confirmsSlip('mental heath', fix('heath', 'health'), ['emotional and mental health']), true);
  assert.equal(confirmsSlip('How to make a compliant', fix('compliant', 'complaint'), ['how to make a complaint']), true);
  assert.equal(confirmsSlip('patents evening', fix('patents', 'parents'), ['parents evenings']), true, 'a plural');
  assert.equal(confirmsSlip('Care Levers', fix('levers', 'leavers'), ['support for care leavers']), true, 'whatever the case');
  assert.equal(confirmsSlip('police cell', fix('cell', 'call'), ['when the police called']), false, 'a longer word is another word');
  assert.equal(confirmsSlip('online sale', fix('sale', 'safe'), ['online safety']), false);
  assert.equal(
    confirmsSlip('can she have an abortion', fix('abortion', 'adoption'), ['can have an adoption']),
    false,
    'question words only',
  );
  assert.equal(confirmsSlip('heath', fix('heath', 'health'), ['health']), false, 'a word alone confirms nothing');
});

test('a page is known by its title, headings and carers’ words, not by its running text', () => {
  const fragment = {
    url: '/p/',
    content: 'Police called. Serious concern.',
    meta: { title: 'Missing from Care', aliasText: 'runaway run away', summary: 'What to do' },
    anchors: [{ text: 'What to do now' }],
    sub_results: [],
  };
  assert.deepEqual(pageTerms(fragment), ['missing from care', 'what to do now', 'runaway run away']);
});

const withPhrases = (carersPhrases: string) => ({ url: '/p/', content: '', meta: { title: 'P', carersPhrases }, sub_results: [] });

test('a page’s carers’ phrase counts when the reader typed it word for word, with a word that is not a question word', () => {
  const safeguarding = withPhrases('touched by a relative, touched her, uncle touched her');
  assert.equal(typedPhrase('her brother touched her', safeguarding), 2);
  assert.equal(typedPhrase('My uncle touched her!', safeguarding), 3, 'the longest, in any case and punctuation');
  assert.equal(typedPhrase('she touched a hot pan', safeguarding), 0, 'not its words apart');
  assert.equal(typedPhrase('touched', safeguarding), 0, 'one word is no phrase');
  assert.equal(typedPhrase('fostering on call', withPhrases('after hours, on call')), 2);
  assert.equal(typedPhrase('what is it for', withPhrases('is it')), 0, 'question words alone say nothing');
  assert.equal(typedPhrase('mum touched her', { ...safeguarding, meta: { title: 'P' } }), 0, 'a page with no phrases');
});

const result = (id: string, score: number, carersPhrases = ''): PagefindResult => ({
  id,
  score,
  data: async () => ({ ...withPhrases(carersPhrases), url: id }),
});

test('a page known by a phrase the reader typed comes first, with the best score, the longest phrase first', async () => {
  const touch = result('/lifelong-links/', 9);
  const types = result('/types-of-fostering/', 8);
  const safeguarding = result('/safeguarding/', 2, 'touched her');
  const uncle = result('/uncle-page/', 1, 'uncle touched her');
  const perWord = [[types], [touch, safeguarding, uncle]];
  const found = { results: [touch, types, safeguarding, uncle], unmatched: [], perWord };
  const lifted = await liftTypedPhrases('her uncle touched her', found);
  assert.deepEqual(
    lifted.results.map((r) => r.id),
    ['/uncle-page/', '/safeguarding/', '/lifelong-links/', '/types-of-fostering/'],
  );
  assert.deepEqual(
    lifted.results.map((r) => r.score),
    [9, 9, 9, 8],
  );
  assert.equal(lifted.lifted, true);
  const none = await liftTypedPhrases('brother touched', found);
  assert.deepEqual(none, { results: found.results, lifted: false }, 'no phrase typed: the order is Pagefind’s');
});

test('with the phrases pages are known by, no page is read for one unless the reader typed one of them', async () => {
  let read = 0;
  const counted = (r: PagefindResult): PagefindResult => ({ ...r, data: () => (read++, r.data()) });
  const touch = counted(result('/lifelong-links/', 9));
  const safeguarding = counted(result('/safeguarding/', 2, 'touched her'));
  const found = { results: [touch, safeguarding], unmatched: [], perWord: [[touch], [touch, safeguarding]] };
  const known = ['on call', 'touched her'];
  assert.deepEqual(await liftTypedPhrases('keep in touch with her brother', found, known), { results: found.results, lifted: false });
  assert.equal(read, 0, 'no phrase typed: nothing read');
  const lifted = await liftTypedPhrases('her brother touched her', found, known);
  assert.equal(lifted.results[0].id, '/safeguarding/');
  assert.ok(read > 0);
  read = 0;
  assert.equal((await liftTypedPhrases('her brother touched her', found, [])).lifted, false, 'no page has a phrase');
  assert.equal(read, 0);
});

test('a page is lifted only from the best pages, or the best for one word on its own', async () => {
  const others = Array.from({ length: 12 }, (_, i) => result(`/other-${i}/`, 20 - i));
  const deep = result('/safeguarding/', 1, 'touched her');
  const found = { results: [...others, deep], unmatched: [], perWord: [others, [...others.slice(0, 10), deep]] };
  assert.equal((await liftTypedPhrases('he touched her', found)).lifted, false, 'eleventh for its word: not weighed');
  found.perWord[1] = [deep, ...others];
  assert.equal((await liftTypedPhrases('he touched her', found)).results[0].id, '/safeguarding/', 'first for its word');
});

test('pages whose best is known by a phrase the reader typed answer, though another word is on no page', () => {
  const found = {
    results: [result('/safeguarding/', 2, 'touched her')],
    terms: ['brother', 'touched', 'tuesday'],
    unmatched: ['tuesday'],
    weak: true,
  };
  assert.equal(mayNotCover(found, false), true, 'without the phrase: may not cover');
  assert.equal(mayNotCover({ ...found, byPhrase: true }, false), false);
});
