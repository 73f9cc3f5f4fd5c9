import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideStructureProblems, guideWordCount } from '../../src/lib/guideStructure.ts';

const frontmatter = '---\ntitle: Sleepovers\nsummary: When a child can stay over.\n---\n';

function guide(sections: Record<string, string>): string {
  return Object.entries(sections).map(([heading, text]) => `## ${heading}\n\n${text}\n`).join('\n');
}

const good = guide({
  'What is it?': 'A sleepover is a night at a friend’s house.',
  'Why does it matter?': 'Children in care should have the same chances as their friends.',
  'What do I need to do?': '1. Check the Placement Plan.\n2. Use your judgement.\n\n<Note>\n\nAsk first.\n\n</Note>',
  'Where can I find out more?': '- [Sleepovers](/handbook/sleepovers-and-holidays/)\n\nCall <Contact id="fostering-service" />.',
});

test('a guide with the four headings in order and few words has no problems', () => {
  assert.deepEqual(guideStructureProblems(good), []);
  assert.deepEqual(guideStructureProblems(frontmatter + good), []);
});

test('line numbers count from the top of the text given, frontmatter included', () => {
  const source = frontmatter + good.replace('## Why does it matter?', '## Why it matters');
  const problems = guideStructureProblems(source);
  const lineOfHeading = source.split('\n').indexOf('## Why it matters') + 1;
  assert.ok(problems.some((p) => p.line === lineOfHeading && p.message.includes('"## Why it matters" is not one of the four')));
  assert.ok(problems.some((p) => p.message.includes('the heading "## Why does it matter?" is missing')));
});

test('an extra h2 is reported; h3 sub-headings are allowed', () => {
  const extra = good.replace('## Where can I find out more?', '## Top tips\n\nTips.\n\n## Where can I find out more?');
  assert.deepEqual(
    guideStructureProblems(extra).map((p) => p.message.slice(0, 50)),
    ['"## Top tips" is not one of the four One Minute Gu'],
  );
  const sub = good.replace('## Where can I find out more?', '### Top tips\n\nTips.\n\n## Where can I find out more?');
  assert.deepEqual(guideStructureProblems(sub), []);
});

test('headings out of order, repeated, missing or in the wrong case are each named', () => {
  const swapped = guide({
    'Why does it matter?': 'Because.',
    'What is it?': 'A thing.',
    'What do I need to do?': 'Do it.',
    'Where can I find out more?': 'Here.',
  });
  assert.match(guideStructureProblems(swapped)[0].message, /"## What is it\?" is out of order/);

  const twice = `${good}\n## What is it?\n\nAgain.\n`;
  assert.match(guideStructureProblems(twice)[0].message, /appears twice/);

  const none = 'Just some text about sleepovers.';
  assert.equal(guideStructureProblems(none).filter((p) => p.message.includes('is missing')).length, 4);

  const lower = good.replace('## What is it?', '## what is it?');
  assert.deepEqual(guideStructureProblems(lower).map((p) => p.message), ['write the heading exactly as "## What is it?".']);
});

test('an h1, an HTML h2 and a setext h2 count as headings', () => {
  assert.match(guideStructureProblems(`# Sleepovers\n\n${good}`)[0].message, /remove the "# Sleepovers" heading/);
  assert.match(guideStructureProblems(`${good}\n<h2>More</h2>\n`)[0].message, /"## More" is not one of/);
  assert.match(guideStructureProblems(`${good}\nMore\n----\n`)[0].message, /"## More" is not one of/);
});

test('a heading-like line inside fenced code is not a heading', () => {
  assert.deepEqual(guideStructureProblems(`${good}\n\`\`\`\n## Not a heading\n\`\`\`\n`), []);
});

test('words are the text a reader reads: not headings, markup, link addresses or component tags', () => {
  assert.equal(guideWordCount('## What is it?\n\nOne two [three four](/handbook/x/) <Contact id="a-b" /> **five**.'), 5);
  assert.equal(guideWordCount('- one\n- two\n1. three\n> four'), 4);
  assert.equal(guideWordCount(`${frontmatter}one`), 1);
});

test('more than 350 words fails, naming the count, how many to cut and the line where the limit is passed', () => {
  const long = guide({
    'What is it?': Array.from({ length: 20 }, () => 'word '.repeat(10).trim()).join('\n'),
    'Why does it matter?': 'word '.repeat(151).trim(),
    'What do I need to do?': 'Do it.',
    'Where can I find out more?': 'Here.',
  });
  const problems = guideStructureProblems(long);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /the guide has 354 words, over the 350-word limit for a One Minute Guide: cut 4 words/);
  assert.equal(problems[0].line, long.split('\n').findIndex((l) => l.startsWith('word word word word word word word word word word word')) + 1);
  const exactly = guide({ 'What is it?': 'word '.repeat(346).trim(), 'Why does it matter?': 'a', 'What do I need to do?': 'b', 'Where can I find out more?': 'c' });
  assert.deepEqual(guideStructureProblems(exactly), []);
});
