import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRealIsoDate } from '../../../src/lib/content/dates.ts';

test('a date is a real day written YYYY-MM-DD', () => {
  assert.equal(isRealIsoDate('2026-02-28'), true);
  assert.equal(isRealIsoDate('2028-02-29'), true, 'a leap day');
  for (const text of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-2-3', '22/11/2026', '2026-11-22T00:00']) assert.equal(isRealIsoDate(text), false, text);
});
