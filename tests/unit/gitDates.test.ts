import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastChangedDates } from '../../src/lib/gitDates.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);

test('last updated: the newest commit date for each file, from one git log', () => {
  const log = '\u00002027-02-01\n\ncontent/handbook/a.mdx\n\u00002026-11-22\n\ncontent/handbook/a.mdx\ncontent/guides/b.mdx\n';
  const dates = lastChangedDates(log);
  assert.deepEqual(dates.get('content/handbook/a.mdx'), d('2027-02-01'));
  assert.deepEqual(dates.get('content/guides/b.mdx'), d('2026-11-22'));
  assert.equal(lastChangedDates('').size, 0);
});
