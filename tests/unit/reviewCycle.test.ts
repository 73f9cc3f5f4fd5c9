import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  formatReviewSchedule,
  overdueMessage,
  reviewDateMessages,
  reviewDue,
  reviewSchedule,
} from '../../src/lib/reviewCycle.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);

test('review dates: 12 months by default, reviewEvery or reviewBy override', () => {
  assert.deepEqual(addMonths(d('2025-01-31'), 1), d('2025-02-28'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01') }, 12), d('2026-04-01'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01'), reviewEvery: 6 }, 12), d('2025-10-01'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01'), reviewBy: d('2025-05-01') }, 12), d('2025-05-01'));
  assert.match(overdueMessage({ reviewed: d('2025-01-01') }, d('2026-01-03'), 12)!, /due on 1 January 2026 \(2 days ago\)/);
  assert.equal(overdueMessage({ reviewed: d('2025-01-01') }, d('2025-12-31'), 12), undefined);
});

test('the council’s usual interval replaces the 12 months for a page that sets none, in the due date, the overdue warning, the messages and the report', () => {
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01') }, 3), d('2025-07-01'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01'), reviewEvery: 6 }, 3), d('2025-10-01'));
  assert.match(overdueMessage({ reviewed: d('2025-04-01') }, d('2025-07-03'), 3)!, /due on 1 July 2025 \(2 days ago\)/);
  const [fix] = reviewDateMessages({ reviewed: d('2025-04-01'), reviewBy: d('2025-03-01') }, d('2025-04-02'), 3);
  assert.match(fix.fix, /remove it to review every 3 months/);
  assert.match(
    reviewDateMessages({ reviewed: d('2025-04-01'), reviewBy: d('2025-03-01') }, d('2025-04-02'), 1)[0].fix,
    /review every 1 month\./,
  );
  const [row] = reviewSchedule([{ file: 'a.mdx', title: 'A', reviewed: d('2025-04-01') }], d('2025-04-02'), 3);
  assert.deepEqual(row.due, d('2025-07-01'));
});

test('review dates in the wrong order are problems with the field they are about', () => {
  const found = reviewDateMessages({ reviewed: d('2026-12-01'), reviewBy: d('2026-11-01'), reviewEvery: 6 }, d('2026-11-22'), 12);
  assert.deepEqual(
    found.map((m) => m.field),
    ['reviewed', 'reviewBy', 'reviewEvery'],
  );
  assert.match(found[0].what, /reviewed 2026-12-01 is in the future/);
});

test('the review report: overdue first, then by due date', () => {
  const rows = reviewSchedule(
    [
      { file: 'later', title: 'Later', reviewed: d('2026-06-01') },
      { file: 'overdue', title: 'Overdue', reviewed: d('2024-01-01') },
      { file: 'soon', title: 'Soon', reviewed: d('2025-06-01'), reviewEvery: 12 },
    ],
    d('2026-01-01'),
    12,
  );
  assert.deepEqual(
    rows.map((r) => r.file),
    ['overdue', 'soon', 'later'],
  );
  const report = formatReviewSchedule(rows, d('2026-01-01'));
  assert.match(
    report,
    /Overdue \(1\):\n {2}2025-01-01 {2}365 days overdue {2}overdue .*\n\nDue next \(2\):\n {2}2026-06-01 .* soon .*\n {2}2027-06-01 .* later /,
  );
});
