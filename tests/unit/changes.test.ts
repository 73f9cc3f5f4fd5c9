import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeFeedItems, changeId, changeMessages, siteChanges } from '../../src/lib/changes.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);

test('changes: newest first, not in the future, never newer than the review', () => {
  const today = d('2026-11-22');
  const ok = [
    { date: d('2026-11-01'), summary: 'B' },
    { date: d('2026-01-01'), summary: 'A' },
  ];
  assert.deepEqual(changeMessages(ok, d('2026-11-01'), today), []);
  assert.match(changeMessages([...ok].reverse(), d('2026-11-01'), today)[0].fix, /put the newest change at the top/);
  assert.match(changeMessages(ok, d('2026-10-01'), today)[0].fix, /set reviewed to 2026-11-01/);
  assert.match(changeMessages([{ date: d('2026-12-01'), summary: 'X' }], d('2026-12-01'), today)[0].what, /in the future/);
});

test("What's new: one entry per change across pages, newest first; the feed keeps that order", () => {
  const changes = siteChanges([
    {
      title: 'A',
      href: '/a/',
      changes: [
        { date: d('2027-02-01'), summary: 'New number.' },
        { date: d('2026-11-22'), summary: 'First published.' },
      ],
    },
    { title: 'B', href: '/b/', changes: [{ date: d('2026-11-22'), summary: 'First published.' }] },
    {
      title: 'C',
      href: '/c/',
      changes: [
        { date: d('2027-03-01'), summary: 'New rule.' },
        { date: d('2027-02-01'), summary: 'New number.' },
      ],
    },
  ]);
  assert.deepEqual(
    changes.map((c) => [c.summary, c.pages.map((p) => p.title)]),
    [
      ['New rule.', ['C']],
      ['New number.', ['A', 'C']],
      ['First published.', ['A', 'B']],
    ],
  );
  const items = changeFeedItems(changes);
  assert.deepEqual(
    items.map((i) => i.pubDate),
    [d('2027-03-01'), d('2027-02-01'), d('2026-11-22')],
  );
  assert.equal(items[1].link, '/whats-new/#2027-02-01-new-number');
  assert.equal(items[1].description, 'Pages changed: A; C.');
});

test('a change’s id is stable: its date and its first six words, so feed readers never see an old change as new', () => {
  // Feed readers key items by guid; a new id for an old change would show it to every subscriber again.
  assert.equal(
    changeId({ date: d('2026-11-22'), summary: 'First published online, moved from the Fostering Service’s printed handbook.' }),
    '2026-11-22-first-published-online-moved-from-the',
  );
  assert.equal(
    changeId({ date: d('2027-02-01'), summary: '  The out-of-hours number changed!' }),
    '2027-02-01-the-out-of-hours-number-changed',
  );
});
