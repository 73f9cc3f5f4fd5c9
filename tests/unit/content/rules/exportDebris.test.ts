import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDebrisProblems } from '../../../../src/lib/content/rules/exportDebris.ts';

test('Word marks and rewrite sentences are reported on their lines, in any case and with curly apostrophes', () => {
  const text = 'Fine text.\nTop of Form\nHere’s an overview of the policy.\nin summary, keep records.\n';
  assert.deepEqual(
    exportDebrisProblems(text).map((p) => [p.line, p.what]),
    [
      [2, 'the page has "Top of Form", left over from a source document'],
      [3, `the page has "Here's an overview", left over from a source document`],
      [4, 'the page has "In summary,", left over from a source document'],
    ],
  );
});

test('ordinary text passes', () => {
  assert.deepEqual(exportDebrisProblems('Record what happened in the daily record.\nThe form is on the intranet.\n'), []);
});
