import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, isoDate } from '../../src/lib/dates.ts';

test('dates read the UK way, and never shift with the time zone', () => {
  assert.equal(formatDate(new Date('2026-11-22')), '22 November 2026');
  assert.equal(formatDate(new Date('2026-11-22T23:30:00Z')), '22 November 2026');
  assert.equal(isoDate(new Date('2026-03-01T00:00:00Z')), '2026-03-01');
});
