import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filingLetter, glossaryByLetter, letterIndex } from '../../src/lib/glossary.ts';

const entries = [
  { id: 'ssw', term: 'SSW' },
  { id: 'advocate', term: 'Advocate' },
  { id: 'aba', term: 'ABA' },
  { id: 'staying-put', term: 'Staying Put' },
  { id: 'sen', term: 'SEN' },
  { id: '24-7', term: '24/7 duty line' },
  { id: 'quote', term: '‘Skills to Foster’' },
];

test('terms are filed under their first letter, ignoring case and leading quotes', () => {
  assert.equal(filingLetter('advocate'), 'A');
  assert.equal(filingLetter('‘Skills to Foster’'), 'S');
  assert.equal(filingLetter('24/7'), '#');
});

test('groups are in alphabetical order, and terms within them ignore case', () => {
  const groups = glossaryByLetter(entries);
  assert.deepEqual(groups.map((g) => g.letter), ['#', 'A', 'S']);
  assert.deepEqual(groups[1].entries.map((e) => e.term), ['ABA', 'Advocate']);
  assert.deepEqual(groups[2].entries.map((e) => e.term), ['SEN', '‘Skills to Foster’', 'SSW', 'Staying Put']);
  assert.equal(groups[1].anchor, 'letter-a');
  assert.equal(groups[0].anchor, 'letter-numbers');
});

test('the letter index lists every letter, linking only those with terms', () => {
  const index = letterIndex(glossaryByLetter(entries));
  assert.equal(index.length, 27);
  assert.deepEqual(index.slice(0, 3), [
    { letter: '#', anchor: 'letter-numbers' },
    { letter: 'A', anchor: 'letter-a' },
    { letter: 'B', anchor: undefined },
  ]);
  assert.equal(letterIndex(glossaryByLetter([{ id: 'a', term: 'A' }])).length, 26);
});
