import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactMentionProblems, type MentionedContact } from '../../../../src/lib/content/rules/contactMentions.ts';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';

const contacts: MentionedContact[] = [
  { id: 'fostering-on-call', name: 'Fostering On Call (out of hours)', aliases: ['Out of Hours On-Call Fostering Support Service'] },
  { id: 'emergency-duty-team', name: 'Emergency Duty Team (EDT)', aliases: ['EDT'], fallback: 'fostering-on-call' },
  { id: 'fostering-service', name: 'Coventry Fostering Service', checkMentions: false },
  { id: 'ofsted', name: 'Ofsted' },
];

const problems = (mdx: string) => contactMentionProblems(parseMdx(mdx), contacts);
const lines = (mdx: string) => problems(mdx).map((p) => `${p.line} ${p.what}`);

test('a team named with its <Contact> in the same section passes', () => {
  assert.deepEqual(problems('Out of hours, ring Fostering On Call on <Contact id="fostering-on-call" />.'), []);
  assert.deepEqual(problems('## Out of hours\n\nRing Fostering On Call.\n\n- Their number: <Contact id="fostering-on-call" />'), []);
});

test('a team named with no <Contact> is a problem at the line that names it, once per section', () => {
  assert.deepEqual(lines('Intro.\n\nShare concerns with the Emergency Duty Team.\n\nThe Emergency Duty Team is busy.'), [
    '3 "Emergency Duty Team" is named without saying how to contact them',
  ]);
  const [problem] = problems(`${'\n'.repeat(20)}Tell the EDT.`);
  assert.equal(problem.line, 21, 'the line in the file');
  assert.match(problem.fix, /<Contact id="emergency-duty-team" \/>/);
});

test('the contact must be under the same heading: a number in another section does not count', () => {
  const mdx = '## What is it?\n\nFostering On Call: <Contact id="fostering-on-call" />\n\n## What do I need to do?\n\nSave the Fostering On Call number in your phone.';
  assert.deepEqual(lines(mdx), ['7 "Fostering On Call" is named without saying how to contact them']);
  assert.deepEqual(lines('## A\n\n### B\n\nRing Fostering On Call.\n\n## C\n\n<Contact id="fostering-on-call" />'), [
    '5 "Fostering On Call" is named without saying how to contact them',
  ]);
});

test('a heading that names a team needs the contact in the section it opens', () => {
  assert.deepEqual(lines('### Emergency Duty Team (EDT)\n\nCarers can contact them for urgent concerns.'), [
    '1 "Emergency Duty Team" is named without saying how to contact them',
  ]);
  assert.deepEqual(problems('### Emergency Duty Team (EDT)\n\nCarers can contact them. <Contact id="emergency-duty-team" />'), []);
});

test('names match whole words in any case, with hyphens, spaces and line breaks alike; aliases count', () => {
  assert.equal(problems('ring fostering on call').length, 1);
  assert.equal(problems('the Out of Hours On Call\nFostering Support Service helps').length, 1);
  assert.equal(problems('contact the EDT tonight').length, 1);
  assert.deepEqual(problems('EDTs and CREDIT and Ofstedish are other words'), []);
});

test('names inside lists, boxes and emphasis are found; text inside <Contact> is not a mention', () => {
  assert.equal(problems('- **Emergency Duty Team:** for urgent concerns.').length, 1);
  assert.equal(problems('<Note>\n\nTell Ofsted.\n\n</Note>').length, 1);
  assert.deepEqual(problems('<Note>\n\nTell Ofsted: <Contact id="ofsted" />\n\n</Note>'), []);
});

test('the <Contact> of a team with no number also gives its fallback, so it covers the fallback too', () => {
  assert.deepEqual(problems('Ring the Emergency Duty Team or Fostering On Call. <Contact id="emergency-duty-team" />'), []);
  assert.equal(problems('Ring the Emergency Duty Team or Fostering On Call. <Contact id="fostering-on-call" />').length, 1, 'the fallback does not give the team itself');
});

test('a link that names a team is not a dead end: the link takes the reader on', () => {
  assert.deepEqual(problems('Read [Ofsted’s guidance](https://www.gov.uk/ofsted).'), []);
  assert.deepEqual(lines('See [the guidance](/x/)\nand tell Ofsted.'), ['2 "Ofsted" is named without saying how to contact them']);
});

test('a contact with checkMentions: false is not checked', () => {
  assert.deepEqual(problems('Coventry Fostering Service believes every child matters.'), []);
});
