/** "Last updated": dates from one git log, a shallow clone's boundary, and each page's own fallback. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { historyNote, lastChangedDates, pageLastUpdated } from '../../src/lib/gitDates.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const log = [
  '\u0000c3 2027-02-01\n\ncontent/handbook/a.mdx\n',
  '\u0000c2 2026-12-05\n\ncontent/guides/b.mdx\n',
  '\u0000c1 2026-11-22\n\ncontent/handbook/a.mdx\ncontent/guides/b.mdx\ncontent/documents/c.mdx\n',
].join('');

test('the newest commit date for each file, from one git log', () => {
  const dates = lastChangedDates(log);
  assert.deepEqual(dates.get('content/handbook/a.mdx'), d('2027-02-01'));
  assert.deepEqual(dates.get('content/guides/b.mdx'), d('2026-12-05'));
  assert.deepEqual(dates.get('content/documents/c.mdx'), d('2026-11-22'));
  assert.equal(lastChangedDates('').size, 0);
});

test("a shallow clone's boundary commit dates nothing: it lists every file, changed or not", () => {
  const dates = lastChangedDates(log, new Set(['c1']));
  assert.deepEqual(dates.get('content/handbook/a.mdx'), d('2027-02-01'), 'changed after the boundary: dated');
  assert.deepEqual(dates.get('content/guides/b.mdx'), d('2026-12-05'));
  assert.equal(dates.has('content/documents/c.mdx'), false, 'only in the boundary commit: not dated');
  assert.equal(lastChangedDates(log, new Set(['c3'])).has('content/handbook/a.mdx'), false, 'a depth-1 clone dates nothing');
});

test('a page without a date from git shows its newest change, else its review; never a date from elsewhere', () => {
  const page = { reviewed: d('2026-11-30'), changes: [{ date: d('2026-11-28') }, { date: d('2026-11-22') }] };
  assert.deepEqual(pageLastUpdated(d('2027-02-01'), page), { date: d('2027-02-01'), from: 'git' });
  assert.deepEqual(pageLastUpdated(undefined, page), { date: d('2026-11-28'), from: 'changes' });
  assert.deepEqual(
    pageLastUpdated(undefined, { reviewed: d('2026-11-30'), changes: [{ date: d('2026-01-01') }, { date: d('2026-05-01') }] }).date,
    d('2026-05-01'),
  );
  assert.deepEqual(pageLastUpdated(undefined, { reviewed: d('2026-11-30') }), { date: d('2026-11-30'), from: 'reviewed' });
});

test('the build says when it could not date pages from the whole history, and what it did instead', () => {
  assert.equal(historyNote({ kind: 'full', deepened: false }, 96), undefined, 'nothing to say');
  assert.match(historyNote({ kind: 'full', deepened: true }, 96)!, /shallow clone; the full history was fetched/);
  const shallow = historyNote({ kind: 'shallow', reason: 'the remote could not be reached' }, 3)!;
  assert.match(shallow, /shallow clone .* could not be fetched \(the remote could not be reached\)\. 3 content files .* dated from git/);
  assert.match(shallow, /newest `changes` date \(or its `reviewed` date\)/);
  assert.match(shallow, /fetch-depth: 0/);
  assert.match(historyNote({ kind: 'none', reason: 'not a git checkout, or no commits' }, 0)!, /no git history here \(not a git checkout/);
});
