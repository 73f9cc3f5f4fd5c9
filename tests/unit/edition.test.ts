import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionFrom, editionLabel, formatSize, pdfLinkText, savedCopyNotice, savingProgress } from '../../src/lib/edition.ts';

test('the edition is the build day, or the one set for the build', () => {
  const now = new Date('2026-12-01T09:30:15.123Z');
  assert.deepEqual(editionFrom({}, now), { id: '20261201T093015Z', date: '2026-12-01' });
  assert.deepEqual(editionFrom({ EDITION_DATE: '2026-12-02', EDITION_ID: 'b' }, now), { id: 'b', date: '2026-12-02' });
  assert.throws(() => editionFrom({ EDITION_DATE: '1 Dec 2026' }, now), /yyyy-mm-dd/);
  assert.throws(() => editionFrom({ EDITION_ID: 'a b' }, now), /EDITION_ID/);
  assert.equal(editionLabel({ date: '2026-12-01' }), '1 December 2026');
});

test('sizes, progress, the notice and the PDF link read as the handbook says them', () => {
  assert.equal(formatSize(2_300_000), '2.3 MB');
  assert.equal(formatSize(1_249_999), '1.2 MB');
  assert.equal(formatSize(850_400), '850 KB');
  assert.equal(formatSize(10), '1 KB');
  assert.equal(savingProgress(34, 196, 1_200_000), '34 of 196 pages, 1.2 MB');
  assert.equal(
    savedCopyNotice({ date: '2026-12-01' }),
    'Saved copy from 1 December 2026. You are offline, so this may not be the latest guidance. In an emergency call 999.',
  );
  assert.equal(pdfLinkText(2_300_000, { date: '2026-12-01' }), 'Download the handbook (PDF, 2.3 MB, 1 December 2026)');
});
