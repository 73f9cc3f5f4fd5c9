import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontmatterLines, isRealIsoDate, rawDateProblems } from '../../src/lib/frontmatterDates.ts';

test('only real calendar dates in YYYY-MM-DD pass', () => {
  assert.equal(isRealIsoDate('2024-02-29'), true);
  assert.equal(isRealIsoDate('2025-02-29'), false);
  assert.equal(isRealIsoDate('2025-02-30'), false);
  assert.equal(isRealIsoDate('2025-13-01'), false);
  assert.equal(isRealIsoDate('01/04/2025'), false);
  assert.equal(isRealIsoDate('2025-4-1'), false);
});

test('frontmatter lines carry their line numbers in the file', () => {
  const lines = frontmatterLines('---\ntitle: A\nreviewed: 2025-01-01\n---\nbody');
  assert.deepEqual(lines, [
    { text: 'title: A', line: 2 },
    { text: 'reviewed: 2025-01-01', line: 3 },
  ]);
  assert.deepEqual(frontmatterLines('no frontmatter'), []);
});

test('date problems name the field, the value as written and its line', () => {
  const source = '---\ntitle: A\nreviewed: 2025-02-30\nreviewBy: "2026-01-15"\nsummary: 2025-99-99\n---\n';
  assert.deepEqual(rawDateProblems(source, ['reviewed', 'reviewBy']), [
    { field: 'reviewed', value: '2025-02-30', line: 3 },
  ]);
  assert.deepEqual(rawDateProblems('---\nreviewed: April 2025\n---\n', ['reviewed']), [
    { field: 'reviewed', value: 'April 2025', line: 2 },
  ]);
});
