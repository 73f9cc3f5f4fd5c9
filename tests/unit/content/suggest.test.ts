import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestIds, listInWords } from '../../../src/lib/content/suggest.ts';

test('closest ids prefer the same kind of standard', () => {
  const valid = ['nms-3', 'nms-13', 'nms-23', 'reg-3', 'reg-33', 'tsd-3'];
  assert.deepEqual(closestIds('nms-33', valid), ['nms-3', 'nms-13', 'nms-23']);
  assert.deepEqual(closestIds('reg-333', valid, 2), ['reg-33', 'reg-3']);
  assert.deepEqual(closestIds('NMS-3', valid, 1), ['nms-3']);
});

test('lists read as English', () => {
  assert.equal(listInWords(['a']), 'a');
  assert.equal(listInWords(['a', 'b']), 'a or b');
  assert.equal(listInWords(['a', 'b', 'c'], 'and'), 'a, b and c');
});
