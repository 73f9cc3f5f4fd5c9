import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasFields, phraseField } from '../../../src/lib/search/aliasFields.ts';
import { phrasesKnown, searchIndexFacts, searchTypeOf, searchTypes, standardFilterChoices } from '../../../src/lib/search/indexFields.ts';
import { pagefindOptions } from '../../../src/lib/search/ranking.ts';

const kinds = [
  { id: 'charter-and-strategy', label: 'Charter and Support Strategy', documents: ['foster-carers-charter', 'support-strategy'] },
  { id: 'statement-of-purpose', label: 'Statement of Purpose', documents: ['statement-of-purpose'] },
];

test('content types as the search filters name them: a document’s from the council’s kinds of document', () => {
  assert.equal(searchTypeOf('handbook', 'statement-of-purpose', kinds).id, 'handbook');
  assert.deepEqual(searchTypeOf('guides', 'money', kinds), { id: 'guide', label: 'One Minute Guide' });
  assert.equal(searchTypeOf('documents', 'statement-of-purpose', kinds).id, 'statement-of-purpose');
  assert.deepEqual(searchTypeOf('documents', 'support-strategy', kinds), {
    id: 'charter-and-strategy',
    label: 'Charter and Support Strategy',
  });
  assert.deepEqual(searchTypeOf('documents', 'complaints-leaflet', kinds), { id: 'document', label: 'Document' }, 'in no kind');
  assert.deepEqual(searchTypeOf('documents', 'statement-of-purpose'), { id: 'document', label: 'Document' }, 'no kinds');
});

test('the content-type filter offers the kinds that have a document, then "Document" for the rest', () => {
  const ids = (documents: string[], of = kinds) => searchTypes(documents, of).map((t) => t.id);
  assert.deepEqual(ids(['foster-carers-charter', 'support-strategy', 'statement-of-purpose']), [
    'handbook',
    'guide',
    'charter-and-strategy',
    'statement-of-purpose',
  ]);
  assert.deepEqual(ids(['statement-of-purpose', 'complaints-leaflet']), ['handbook', 'guide', 'statement-of-purpose', 'document']);
  assert.deepEqual(ids(['statement-of-purpose'], []), ['handbook', 'guide', 'document']);
  assert.deepEqual(ids([]), ['handbook', 'guide']);
});

test('the standards filter offers only cited standards, by set, in order, named as pages name them', () => {
  const catalogue = new Map(
    [
      { id: 'nms-10', set: 'nms' as const, number: 10, title: 'Promoting a positive identity' },
      { id: 'nms-4', set: 'nms' as const, number: 4, title: 'Safeguarding children' },
      { id: 'reg-part-2', set: 'regulations' as const, number: 2, kind: 'part' as const, title: null },
      { id: 'tsd-1', set: 'tsd' as const, number: 1, title: 'Understand the principles' },
    ].map((s) => [s.id, s]),
  );
  const choices = standardFilterChoices(['nms-10', 'reg-part-2', 'nms-4', 'nms-4'], catalogue);
  assert.deepEqual(
    choices.map((c) => [c.group, c.options.map((o) => `${o.value}=${o.label}`)]),
    [
      ['National Minimum Standards', ['nms-4=Standard 4: Safeguarding children', 'nms-10=Standard 10: Promoting a positive identity']],
      ['Fostering Regulations', ['reg-part-2=Part 2']],
    ],
  );
});

test('every alias field is weighted in the search page’s ranking', () => {
  for (const field of Object.values(aliasFields)) assert.ok(field in pagefindOptions.ranking.metaWeights, field);
});

test('a page’s index facts: its type, part and standards, and its aliases by where the page says the thing', () => {
  const rules = [
    { pagesSay: ['short breaks'], carersSay: ['respite'] },
    { pagesSay: ['Supervising Social Worker'], carersSay: ['SSW'] },
    { pagesSay: ['allowance'], carersSay: ['pocket money'] },
  ];
  const facts = searchIndexFacts(
    {
      collection: 'handbook',
      id: 'short-breaks',
      title: 'Short breaks',
      summary: 'Planned time apart.',
      text: 'Talk to your Supervising Social Worker first.',
      part: { id: 'caring', title: 'Caring for a child' },
      standards: ['nms-9'],
    },
    rules,
  );
  assert.equal(facts.type, 'handbook');
  assert.equal(facts.typeLabel, 'Handbook section');
  assert.deepEqual(facts.part, { id: 'caring', title: 'Caring for a child' });
  assert.deepEqual(facts.standards, ['nms-9']);
  // Strongest first; a strength with no aliases (the summary here) has no field at all.
  assert.deepEqual(facts.aliases, [
    { field: aliasFields[3], words: 'respite' },
    { field: aliasFields[1], words: 'SSW' },
  ]);
});

test('a page with no aliases and no part has no alias fields and no part', () => {
  const facts = searchIndexFacts(
    {
      collection: 'documents',
      id: 'statement-of-purpose',
      title: 'Statement of Purpose',
      summary: 'What we do.',
      text: 'Text.',
      standards: [],
    },
    [{ pagesSay: ['allowance'], carersSay: ['pocket money'] }],
    undefined,
    kinds,
  );
  assert.equal(facts.type, 'statement-of-purpose');
  assert.equal(facts.typeLabel, 'Statement of Purpose');
  assert.equal(facts.part, undefined);
  assert.deepEqual(facts.aliases, []);
});

test('the phrases pages are known by: every page’s phrase field, split as the search page splits it, each once', () => {
  const page = (...aliases: { field: string; words: string }[]) => ({ aliases }) as Parameters<typeof phrasesKnown>[0][number];
  assert.deepEqual(
    phrasesKnown([
      page({ field: phraseField, words: 'touched her, on call' }),
      page({ field: aliasFields[3], words: 'pocket money, allowance' }, { field: phraseField, words: 'on call,after hours' }),
      page(),
    ]),
    ['after hours', 'on call', 'touched her'],
    'not the aliases',
  );
});
