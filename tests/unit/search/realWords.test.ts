import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realWordsNear } from '../../../src/lib/search/realWords.ts';
import { slipCorrection } from '../../../src/lib/search/corrections.ts';
import { packVocabulary, unpackVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { carersOwnWords, worldNames } from '../../../src/data/englishWords.ts';

const vocabulary = unpackVocabulary(
  packVocabulary(
    new Map([
      ['store', 12],
      ['adoption', 40],
      ['earnings', 12],
      ['allowance', 40],
      ['respite', 40],
    ]),
  ),
);

test('only the English words the search would correct are kept: near a handbook word, and not one of its own', () => {
  const english = ['swore', 'abortion', 'earrings', 'allowances', 'respite', 'elephant', 'zebra', 'cat', "store's"];
  assert.deepEqual(realWordsNear(english, vocabulary), ['abortion', 'earrings', 'swore']);
});

test('names and words with accents, as readers type them ("Éarrings" is typed "earrings"; "Swore")', () => {
  assert.deepEqual(realWordsNear(['Swore', 'Éarrings', 'Respite'], vocabulary), ['earrings', 'swore']);
});

test('a real word known only through its stem is kept when the search would take it for a slip ("competing": completing)', () => {
  const v = unpackVocabulary(
    packVocabulary(
      new Map([
        ['completing', 40],
        ['competent', 12],
        ['judgement', 12],
      ]),
    ),
  );
  // "compet…" begins "competent", but "competing" is one letter from "completing"; "judged" is near no word.
  assert.deepEqual(realWordsNear(['competing', 'judged', 'competent'], v), ['competing']);
});

test('names of places and languages count as real words, as readers type them ("trip to paris" is not "trip to parts")', () => {
  const v = unpackVocabulary(
    packVocabulary(
      new Map([
        ['parts', 40],
        ['finish', 12],
        ['chap', 12],
      ]),
    ),
  );
  const near = realWordsNear(worldNames, v);
  for (const name of ['paris', 'finnish', 'chad']) assert.ok(near.includes(name), name);
});

test('the words of carers’ lives that no list holds count as real words ("childline" is not "child line", "sats" not "says")', () => {
  const v = unpackVocabulary(
    packVocabulary(
      new Map([
        ['child', 40],
        ['line', 40],
        ['user', 12],
        ['says', 40],
      ]),
    ),
  );
  assert.deepEqual(
    realWordsNear(carersOwnWords, v).filter((word) => ['childline', 'sats', 'uber'].includes(word)),
    ['childline', 'sats', 'uber'],
  );
});

test('three-letter words are not sent: the search weighs each as a real word anyway', () => {
  const v = unpackVocabulary(
    packVocabulary(
      new Map([
        ['harm', 40],
        ['self', 40],
      ]),
    ),
  );
  assert.deepEqual(realWordsNear(['ham', 'sef', 'hamr'], v), ['hamr']);
});

test('each word once, sorted, whatever the order and repeats of the list', () => {
  assert.deepEqual(realWordsNear(['swore', 'abortion', 'swore'], vocabulary), ['abortion', 'swore']);
});

test('filing by shortened strings finds exactly the words that weighing each against every handbook word finds', () => {
  const handbook = ['allowance', 'allegation', 'adoption', 'birth', 'bullying', 'carer', 'contact', 'respite', 'review', 'school', 'store'];
  const bands = new Map(handbook.map((word, i) => [word, [40, 10, 3, 1][i % 4]]));
  bands.set('pocket', 40).set('money', 40);
  const v = unpackVocabulary(packVocabulary(bands));
  // Every slip of one or two edits of each handbook word, as a list of "English" words to sort out.
  const alphabet = 'aeiorst';
  const oneEdit = (word: string) => [
    ...[...word].map((_, at) => word.slice(0, at) + word.slice(at + 1)),
    ...[...word].flatMap((_, at) => [...alphabet].map((letter) => word.slice(0, at) + letter + word.slice(at + 1))),
    ...[...word].flatMap((_, at) => [...alphabet].map((letter) => word.slice(0, at) + letter + word.slice(at))),
    ...[...word].slice(1).map((_, at) => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)),
  ];
  const english = [...new Set([...bands.keys()].flatMap(oneEdit).flatMap((word) => [word, ...oneEdit(word).slice(0, 40)]))];
  english.push('pocketmoney', 'moneypocket');
  const everyWord = english
    .filter((word) => /^[a-z]+$/.test(word) && word.length > 3 && slipCorrection(word, v))
    .filter((word, i, all) => all.indexOf(word) === i)
    .sort();
  assert.ok(everyWord.length > 500, `${everyWord.length} words to compare`);
  assert.deepEqual(realWordsNear(english, v), everyWord);
});
