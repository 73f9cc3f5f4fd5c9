import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeToBest, combineWordResults } from '../../../src/lib/search/ranking.ts';

test('ranking: pages with every word come first; a page missing a word still appears', () => {
  const ranked = combineWordResults([
    [
      { id: 'both', score: 2 },
      { id: 'first-only', score: 5 },
    ],
    [
      { id: 'both', score: 2 },
      { id: 'second-only', score: 1 },
    ],
  ]);
  assert.deepEqual(
    ranked.map((r) => r.id),
    ['both', 'first-only', 'second-only'],
  );
  assert.deepEqual(combineWordResults([]), []);
});

test('results far below the best wait behind "Show more"; at least one is shown, at most a page', () => {
  assert.equal(closeToBest([20, 10, 6, 4.9, 1], 10), 3, 'a quarter of the best is the bar');
  assert.equal(closeToBest([20, 1, 1], 10), 1);
  assert.equal(closeToBest([3, 3, 3, 3], 2), 2, 'never more than a page');
  assert.equal(closeToBest([0, 0, 0], 10), 3, 'filters without words: every page scores alike');
  assert.equal(closeToBest([], 10), 0);
});
