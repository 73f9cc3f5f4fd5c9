import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../src/lib/editDistance.ts';

test('edits: added, dropped, changed, and two letters swapped count one each', () => {
  assert.equal(editDistance('safegaurding', 'safeguarding'), 1, 'a swap');
  assert.equal(editDistance('alegation', 'allegation'), 1);
  assert.equal(editDistance('mony', 'money'), 1);
  assert.equal(editDistance('respit', 'respite'), 1);
  assert.equal(editDistance('buling', 'bullying'), 2);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('kitten', 'sitting', 1), 2, 'stops counting past the limit');
  assert.equal(editDistance('a', 'abcdef', 2), 3);
});

test('ids: the same, one added, two digits swapped (one edit), from nothing', () => {
  assert.equal(editDistance('nms-4', 'nms-4'), 0);
  assert.equal(editDistance('nms-4', 'nms-40'), 1);
  assert.equal(editDistance('reg-12', 'reg-21'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

/** The whole table, as the measure was first written: the banded one must always agree with it. */
function plainDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

test('with a limit, the same answer as the whole table, up to the limit (20,000 random pairs)', () => {
  // A small alphabet makes near words, swaps and repeats common; a fixed seed makes a failure repeatable.
  let seed = 23;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => Array.from({ length: Math.floor(random() * 9) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
  for (let n = 0; n < 20_000; n++) {
    const [a, b, limit] = [word(), word(), Math.floor(random() * 4)];
    const whole = plainDistance(a, b);
    assert.equal(editDistance(a, b, limit), Math.min(whole, limit + 1), `${a} ~ ${b}, limit ${limit}`);
    assert.equal(editDistance(a, b), whole, `${a} ~ ${b}`);
  }
});
