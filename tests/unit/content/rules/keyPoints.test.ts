import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';
import { keyPointProblems, keyPointRules, keyPointSupport, meaningfulWords, pageSections, unbackedReason } from '../../../../src/lib/content/rules/keyPoints.ts';
import { pageSchemas } from '../../../../src/lib/content/schemas.ts';

const body = `
<Important>

If a child is missing, contact your supervising social worker (outside office hours, fostering on call on <Contact id="fostering-on-call" />).

</Important>

## Preventing a child going missing

- **When a child wants to leave:** Foster carers should not physically restrain a child from leaving.
- **Signs of running away:** Carers should be alert to signs that a child may run away.

## When the child comes back

A professional interviews the child within 72 hours of their return.

### Repeat running away

Multi Agency Strategy meetings take place for repeat episodes.
`;
const sections = pageSections(parseMdx(body));
const support = (point: string) => keyPointSupport(point, sections);

test('the page is read as its opening text and one part per heading, a sub-section a part of its own', () => {
  assert.deepEqual(
    sections.map((s) => s.heading),
    ['', 'Preventing a child going missing', 'When the child comes back', 'Repeat running away'],
  );
  assert.match(sections[0].text, /If a child is missing, contact your supervising social worker/);
  assert.doesNotMatch(sections[2].text, /Multi Agency/, 'a sub-section is not part of the section above it');
  assert.match(sections[3].text, /^Repeat running away\nMulti Agency Strategy meetings/);
  assert.match(sections[1].text, /leaving\.\s+Signs of running away/, 'list items are read as separate words');
});

test('a point restating the page in other forms of its words is backed', () => {
  for (const point of [
    'If a child is missing, contact your supervising social worker, or fostering on call outside office hours.',
    'Do not physically restrain a child who wants to leave.',
    'Never physically restrain a child from leaving.',
    'A professional interviews the child within 72 hours of the child’s return.',
    'Carers should be alert to the signs a child may run away.',
  ]) {
    assert.equal(support(point).backed, true, unbackedReason(support(point)));
  }
});

test('a point with a word the page never uses is not backed, and the message names the word', () => {
  const invented = support('If a child is missing, ring the Emergency Duty Team.');
  assert.equal(invented.backed, false);
  assert.deepEqual(invented.notOnPage, ['ring', 'emergency', 'duty', 'team']);
  assert.match(unbackedReason(invented), /the page never says "ring", "emergency", "duty", "team"/);
});

test('a number must be in the part of the page the point comes from', () => {
  const wrongNumber = support('A professional interviews the child within 24 hours of their return.');
  assert.equal(wrongNumber.backed, false);
  assert.deepEqual(wrongNumber.notOnPage, ['24']);
  // 72 is on the page, but not where restraint is: a deadline cannot be moved onto another rule.
  const moved = support('Do not physically restrain a child from leaving for 72 hours.');
  assert.deepEqual(moved.notOnPage, [], 'every word is somewhere on the page');
  assert.equal(moved.backed, false);
  assert.equal(moved.section, 'Preventing a child going missing');
  assert.deepEqual(moved.notInSection, ['72', 'hours']);
  assert.match(
    unbackedReason(moved),
    /no one part of the page says it all: under "Preventing a child going missing", the closest, "72", "hours" are missing/,
  );
});

test('words from different parts of the page cannot be stitched into one point, nor one word added', () => {
  const stitched = support('Multi Agency Strategy meetings restrain a child from leaving.');
  assert.equal(stitched.notOnPage.length, 0, 'every word is somewhere on the page');
  assert.equal(stitched.backed, false);
  const added = support('A professional interviews the missing child within 72 hours of their return.');
  assert.equal(added.notOnPage.length, 0, '"missing" is in another part of the page');
  assert.deepEqual(added.notInSection, ['missing']);
  assert.equal(added.backed, false);
});

test('a "never" or "not" the page does not say there is not backed', () => {
  const negated = support('Never interview the child within 72 hours of their return.');
  assert.deepEqual(negated.notInSection, ['never']);
  assert.equal(negated.backed, false);
});

test('a point too short to say anything checkable is not backed', () => {
  assert.equal(support('Contact them.').tooVague, true);
  assert.equal(support('Contact them.').backed, false);
});

test('small words, endings, number words and contractions are set aside or matched', () => {
  assert.deepEqual(
    [...meaningfulWords('The carers’ children can’t stay for five nights.').keys()],
    ['carer', 'children', 'can', 'not', 'stai', '5', 'night'],
  );
  assert.deepEqual([...meaningfulWords('You’ll get £500 when they’re approved.').keys()], ['get', '£500', 'approv']);
});

test('the schema asks every handbook page for 2 to 6 short key points', () => {
  const schemas = pageSchemas({ standardIds: [], partIds: ['about'], handbookIds: [] }, () => new Date('2026-12-01T00:00:00Z'));
  const page = {
    title: 'T',
    summary: 'S',
    part: 'about',
    order: 10,
    reviewed: '2026-11-01',
    changes: [{ date: '2026-11-01', summary: 'First published.' }],
  };
  const messages = (keyPoints: unknown) => {
    const result = schemas.handbook.safeParse({ ...page, keyPoints });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  assert.deepEqual(messages(['Tell your supervising social worker.', 'Record what happened.']), []);
  // Each message is what is wrong, a new line, then how to fix it.
  assert.match(messages(undefined)[0], /^keyPoints is missing\nevery handbook page opens with 2 to 6 short sentences/);
  assert.match(messages(['Only one point.'])[0], /^keyPoints has fewer than 2 points\n/);
  assert.match(messages(Array.from({ length: 7 }, (_, i) => `Point ${i}.`))[0], /^keyPoints has 7 points, more than 6\nkeep the 6/);
  assert.match(
    messages(['A point.', 'x'.repeat(keyPointRules.maxLength + 1)])[0],
    /^keyPoints has a point of 161 characters, over the 160 allowed\n/,
  );
  assert.match(messages(['A point.', ' '])[0], /^keyPoints has an empty point\n/);
  assert.match(messages('One point.')[0], /^keyPoints must be a list of 2 to 6 short sentences, not a single value\n/);
});

test('the rule reports each point the page does not back, at its own line', () => {
  const points = ['If a child is missing, contact your supervising social worker.', 'If a child is missing, ring the Emergency Duty Team.'];
  const problems = keyPointProblems(parseMdx(body), points, [8, 9]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 9);
  assert.equal(
    problems[0].what,
    'key point 2, "If a child is missing, ring the Emergency Duty Team.", is not what the page says: the page never says "ring", "emergency", "duty", "team"',
  );
});

