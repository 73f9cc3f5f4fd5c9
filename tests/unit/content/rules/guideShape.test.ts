import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';
import { guideShapeProblems, guideWordCount, guideWordLimit } from '../../../../src/lib/content/rules/guideShape.ts';

const guide = (middle: string) => `## What is it?\n\nA.\n\n## Why does it matter?\n\nB.\n\n${middle}## Where can I find out more?\n\n- [X](/handbook/x/)\n`;
const problems = (md: string) => guideShapeProblems(parseMdx(md));

test('the four headings, once each, in order', () => {
  assert.deepEqual(problems(guide('## What do I need to do?\n\nC.\n\n')), []);
  assert.match(problems(guide(''))[0].what, /"## What do I need to do\?" is missing/);
  assert.match(problems(guide('## What do I need to do?\n\nC.\n\n## Extra\n\nD.\n\n'))[0].what, /"## Extra" is not one of the four/);
  assert.match(problems(guide('## What do I need to do?\n\nC.\n\n## What is it?\n\nD.\n\n'))[0].what, /appears twice/);
  assert.match(problems(guide('## what do i need to do?\n\nC.\n\n'))[0].what, /not written exactly/);
  const swapped = '## Why does it matter?\n\nB.\n\n## What is it?\n\nA.\n\n## What do I need to do?\n\nC.\n\n## Where can I find out more?\n\nD.\n';
  assert.match(problems(swapped)[0].what, /out of order/);
  assert.match(problems(`# Title\n\n${guide('## What do I need to do?\n\nC.\n\n')}`)[0].what, /"# Title" heading/);
});

test('at most 350 words, counted as a reader reads them, reported where the guide passes the limit', () => {
  assert.equal(guideWordCount(parseMdx('## Heading words\n\nOne two, [three four](/x/) <Contact id="a" /> five.\n\n- six\n')), 6);
  const long = problems(guide(`## What do I need to do?\n\n${'word '.repeat(guideWordLimit)}\n\n`));
  assert.equal(long.length, 1);
  assert.match(long[0].what, new RegExp(`^the guide has ${guideWordLimit + 3} words, over the ${guideWordLimit}-word limit`));
  assert.equal(long[0].line, 11, 'the line where the guide passes the limit');
});
