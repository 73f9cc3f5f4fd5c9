import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugFromTitle } from '../../src/lib/slugs.ts';

test('a title becomes a file name: lower case, hyphens, no accents or apostrophes, & as "and"', () => {
  assert.equal(slugFromTitle('Children’s Guide & Pledge'), 'childrens-guide-and-pledge');
  assert.equal(slugFromTitle('  Café: Pocket money (2026)! '), 'cafe-pocket-money-2026');
  assert.equal(slugFromTitle('!!!'), '');
});
