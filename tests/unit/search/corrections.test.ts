import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedEdits,
  correctQuery,
  corrections,
  correctWord,
  howKnown,
  isKnown,
  slipCorrection,
  typingSlip,
} from '../../../src/lib/search/corrections.ts';
import { packVocabulary, unpackVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { fakeVocabulary } from './fakeHandbook.ts';

/** A vocabulary with chosen bands: 0 the most used. */
const vocabulary = (bands: Record<string, number>) =>
  unpackVocabulary(packVocabulary(new Map(Object.entries(bands).map(([word, band]) => [word, [40, 10, 3, 1][band]]))));

test('longer words may need more edits; short ones none', () => {
  assert.deepEqual([3, 4, 5, 6, 12].map(allowedEdits), [0, 1, 1, 2, 2]);
});

test('known words: the handbook’s, the start of one, with an ending, short ones, numbers', () => {
  const v = vocabulary({ respite: 0, refuse: 2, sleepover: 1 });
  for (const word of ['respite', 'respit', 'refusing', 'sleepovers', 'ssw', '18th', "child's"]) assert.equal(isKnown(word, v), true, word);
  for (const word of ['respitte', 'abroad', 'mony']) assert.equal(isKnown(word, v), false, word);
});

test('a word whose stem only begins a handbook word is known, but a typing slip is still corrected ("traning" is not "tran…sport")', () => {
  const v = vocabulary({ transport: 0, training: 0, refuse: 2, judgement: 2, cause: 1, absence: 1 });
  assert.equal(howKnown('traning', v), 'stem', '"tran" begins "transport"');
  assert.equal(howKnown('refusing', v), 'stem');
  assert.equal(howKnown('caused', v), 'word', 'an -e word with -d: "cause"');
  assert.equal(howKnown('absences', v), 'word', 'an -e word with -s: "absence"');
  assert.deepEqual(corrections(['traning'], v), [{ from: 'traning', to: 'training', sure: true }]);
  assert.deepEqual(corrections(['refusing', 'judged', 'caused', 'absences'], v), [], 'no slip of a handbook word');
  assert.equal(slipCorrection('transporting', v), undefined, 'a word of the handbook with an ending');
  assert.equal(slipCorrection('trining', v)?.to, 'training', 'unknown altogether, corrected as before');
});

test('two words offered as one are replaced however they were typed apart ("safe-guarding", "safe  guarding")', () => {
  const fix = [{ from: 'safe guarding', to: 'safeguarding', sure: false }];
  assert.equal(correctQuery('Safe-guarding policy', fix), 'safeguarding policy');
  assert.equal(correctQuery('safe  guarding', fix), 'safeguarding');
  assert.equal(correctQuery('safe – guarding', fix), 'safeguarding');
});

test('a three-letter word no handbook word begins may be a letter left out: offered for the pages to confirm ("self ham": harm)', () => {
  const v = vocabulary({ harm: 1, hard: 0, self: 0, hamper: 3, help: 0 });
  assert.equal(howKnown('ham', v), 'word', '"ham" begins "hamper": Pagefind finds it');
  const w = vocabulary({ harm: 1, hard: 0, self: 0, help: 0, hurt: 0 });
  assert.equal(howKnown('ham', w), 'short');
  assert.equal(isKnown('ham', w), true, 'searched as typed, never "unmatched" on its own account');
  assert.deepEqual(corrections(['self', 'ham'], w), [{ from: 'ham', to: 'harm', sure: false, real: true, typingSlip: true }]);
  assert.deepEqual(corrections(['sef', 'harm'], w), [{ from: 'sef', to: 'self', sure: false, real: true, typingSlip: true }]);
  assert.deepEqual(corrections(['hat'], w), [], 'a letter changed is not taken for a slip: "hat" is not "hurt"');
});

test('a word the handbook only writes in the plural with -ies is known ("hobby" from "hobbies")', () => {
  const v = vocabulary({ hobbies: 1, companies: 2, respite: 0, monitoring: 1 });
  for (const word of ['hobby', 'company', 'hobbies']) assert.equal(isKnown(word, v), true, word);
  assert.equal(isKnown('respity', v), false, 'a -y word whose -ies form is not the handbook’s');
  assert.equal(isKnown('mony', v), false, '"moni…" begins "monitoring", but "monies" is not the handbook’s');
});

test('a real word of the handbook with an ending is never "corrected" ("who pays" is not "who pay")', () => {
  const v = vocabulary({ pay: 0, payment: 0, school: 0, smack: 2 });
  for (const word of ['pays', 'smacks', 'smacked', 'paying']) assert.equal(isKnown(word, v), true, word);
  assert.deepEqual(corrections(['pays', 'school', 'uniform'], v), [], 'uniform is not close to any word; pays is pay');
});

test('question words are known, so a query of nothing else is searched as typed, never "corrected"', () => {
  const v = vocabulary({ whole: 0, world: 0, theme: 1, bring: 1, pledge: 1 });
  for (const word of ['whose', 'would', 'these', 'being', 'please', 'dont', 'doesnt']) assert.equal(isKnown(word, v), true, word);
  assert.deepEqual(corrections(['whose', 'would'], v), []);
});

test('a misspelt word is corrected to the closest handbook word, the more used on a tie', () => {
  const v = vocabulary({ safeguarding: 1, allegation: 1, money: 0, monkey: 3, mona: 3, bullying: 0 });
  assert.equal(correctWord('safegaurding', v)?.to, 'safeguarding');
  assert.equal(correctWord('alegation', v)?.to, 'allegation');
  assert.equal(correctWord('mony', v)?.to, 'money', 'money and mona are one edit away; money is used more');
  assert.equal(correctWord('buling', v)?.to, 'bullying', 'letters left out');
});

test('no correction to another first letter, to a rare word two edits away, or to a shorter one two edits away', () => {
  const v = vocabulary({ road: 0, reducing: 2, call: 0, bullying: 0 });
  assert.equal(correctWord('abroad', v), undefined);
  assert.equal(correctWord('refusing', v), undefined);
  assert.equal(correctWord('calpol', v), undefined);
  assert.equal(correctWord('xyz', v), undefined);
});

test('sure corrections run straight away; a short word or two edits is only offered', () => {
  const v = vocabulary({ safeguarding: 1, money: 0, allowance: 0, bullying: 0, pocket: 0 });
  assert.equal(correctWord('safegaurding', v)?.sure, true);
  assert.equal(correctWord('buling', v)?.sure, true, 'only letters left out');
  assert.equal(correctWord('mony', v)?.sure, false, 'four letters');
  assert.equal(correctWord('alowence', v)?.sure, false, 'a letter left out and another changed');
  assert.deepEqual(correctWord('pocketmoney', v), { from: 'pocketmoney', to: 'pocket money', sure: true });
});

test('a query’s corrections: unknown words, and two words the handbook writes as one', () => {
  const v = fakeVocabulary();
  assert.deepEqual(corrections(['pocket', 'mony'], v), [{ from: 'mony', to: 'money', sure: false }]);
  assert.deepEqual(corrections(['sleep', 'over'], v), [{ from: 'sleep over', to: 'sleepover', sure: false }]);
  assert.deepEqual(corrections(['safeguarding', 'allegation'], v), []);
});

test('the corrected query keeps the rest of what was typed', () => {
  const fixes = [
    { from: 'mony', to: 'money', sure: false },
    { from: 'sleep over', to: 'sleepover', sure: false },
  ];
  assert.equal(correctQuery('How much Pocket Mony for a sleep  over?', fixes), 'How much Pocket money for a sleepover?');
  assert.equal(correctQuery('monyday', fixes), 'monyday', 'whole words only');
});

test('a real word the handbook does not use is marked real and never sure on its own ("swore" may not be "store")', () => {
  const bands = new Map([
    ['store', 10],
    ['adoption', 40],
    ['earnings', 10],
    ['safeguarding', 40],
  ]);
  const v = unpackVocabulary(packVocabulary(bands, ['swore', 'abortion', 'earrings']));
  assert.deepEqual(
    corrections(['swore', 'abortion', 'safegaurding'], v).map(
      ({ from, to, sure, real }) => `${from}: ${to}${sure ? ' sure' : ''}${real ? ' real' : ''}`,
    ),
    ['swore: store real', 'abortion: adoption real', 'safegaurding: safeguarding sure'],
  );
  assert.equal(isKnown('swore', v), false, 'still a word the handbook does not use, so it may not cover it');
});

test('a typing slip: a letter left out, one too many, two swapped; not a letter changed, nor two edits', () => {
  for (const [typed, word] of [
    ['heath', 'health'],
    ['storey', 'story'],
    ['compliant', 'complaint'],
    ['monkey', 'money'],
  ])
    assert.equal(typingSlip(typed, word), true, `${typed}: ${word}`);
  for (const [typed, word] of [
    ['cake', 'care'],
    ['cell', 'call'],
    ['coping', 'coming'],
    ['exploration', 'exploitation'],
    ['cancer', 'concern'],
  ])
    assert.equal(typingSlip(typed, word), false, `${typed}: ${word}`);
});
