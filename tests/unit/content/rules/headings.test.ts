import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';
import { headingProblems } from '../../../../src/lib/content/rules/headings.ts';

test('no h1 in the body and no skipped levels, each reported on its own line', () => {
  const problems = headingProblems(parseMdx('# Title\n\n## A\n\n#### B\n\n### C\n\n## D\n'));
  assert.deepEqual(problems.map((p) => p.line), [1, 5]);
  assert.match(problems[0].what, /"# Title" is a top-level heading/);
  assert.match(problems[1].what, /jumps from level 2 to level 4/);
  assert.match(problems[1].fix, /use ### for this heading/);
  assert.deepEqual(headingProblems(parseMdx('## A\n\n### B\n\n## C\n')), []);
});
