import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packVocabulary, unpackVocabulary, vocabularyWeights, wordsIn } from '../../../src/lib/search/vocabulary.ts';

test('words: lower case, three letters or more, no question words', () => {
  assert.deepEqual(wordsIn('What can my SSW do about a child’s Pocket-Money?'), ['ssw', 'child', 'pocket', 'money']);
  // No stub of a word cut at its apostrophe ("doesn", "isn", "carer"+"s").
  assert.deepEqual(wordsIn("It doesn't matter; the carers' rights aren’t lost"), ['not', 'matter', 'carers', 'rights', 'not', 'lost']);
  assert.deepEqual(
    wordsIn('Email virtualschool@coventry.gov.uk (or see https://www.example.org/virtualschool/ and www.example.org/fostering).'),
    ['email', 'see'],
    'no words from email or web addresses',
  );
});

test('weights: a title or a glossary term counts for more than a passing mention; headings for more than text', () => {
  const weights = vocabularyWeights({
    pages: [{ title: 'Respite', summary: 'Short breaks.', body: '## Planning\n\nPlanning a short break. Planning ahead.' }],
    terms: ['Link worker'],
  });
  assert.equal(weights.get('respite'), 10);
  assert.equal(weights.get('short'), 2 + 1, 'summary and text');
  assert.equal(weights.get('planning'), 3 + 1 + 1, 'a heading and twice in the text');
  assert.equal(weights.get('link'), 10);
  assert.equal(weights.has('a'), false);
});

test('packed and unpacked, every word comes back in order with its band, 0 the most used', () => {
  const weights = new Map([
    ['fostering', 45],
    ['foster', 50],
    ['fosters', 12],
    ['money', 3],
    ['monday', 1],
  ]);
  const packed = packVocabulary(weights);
  assert.equal(packed, '0foster.6ing.6s,0monday:3ey;');
  const vocabulary = unpackVocabulary(packed);
  assert.deepEqual(vocabulary.words, ['foster', 'fostering', 'fosters', 'monday', 'money']);
  assert.deepEqual([...vocabulary.band].sort(), [
    ['foster', 0],
    ['fostering', 0],
    ['fosters', 1],
    ['monday', 3],
    ['money', 2],
  ]);
});

test('front coding keeps the packed words smaller than the plain list', () => {
  const words = ['allegation', 'allegations', 'allowance', 'allowances', 'allowed', 'safeguard', 'safeguarding', 'safer'];
  const packed = packVocabulary(new Map(words.map((w) => [w, 1])));
  assert.ok(packed.length < words.join('\n').length * 0.7, packed);
  assert.deepEqual(unpackVocabulary(packed).words, words);
});

test('real words the handbook does not use travel with the vocabulary, apart from its words', () => {
  const packed = packVocabulary(
    new Map([
      ['store', 12],
      ['money', 3],
    ]),
    ['swore', 'stole', 'money'],
  );
  assert.equal(packed, '0money;0stole!3re,1wore!', 'in order among the words, marked "!"; a word of the handbook is its own');
  const vocabulary = unpackVocabulary(packed);
  assert.deepEqual(vocabulary.words, ['money', 'store']);
  assert.deepEqual([...vocabulary.realWords], ['stole', 'swore']);
  assert.equal(vocabulary.band.has('swore'), false);
});

test('the carers’ phrases pages are known by travel after the words, as plain words, each once', () => {
  const packed = packVocabulary(new Map([['call', 3]]), [], ['touched her', 'On call', 'mum’s boyfriend', 'on call', 'helpline']);
  assert.equal(packed, '0call;|mums boyfriend|on call|touched her', 'sorted, in lower case, apostrophes gone; one word is no phrase');
  const vocabulary = unpackVocabulary(packed);
  assert.deepEqual(vocabulary.words, ['call']);
  assert.deepEqual(vocabulary.phrases, ['mums boyfriend', 'on call', 'touched her']);
  assert.deepEqual(unpackVocabulary(packVocabulary(new Map([['call', 3]]), [], [])).phrases, [], 'none when no page has one');
  // A saved copy's vocabulary from before the list: not "no page has a phrase", so pages are read for one.
  assert.equal(unpackVocabulary('0call;').phrases, undefined);
});
