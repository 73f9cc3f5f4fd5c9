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
