import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideNumberProblems, isStatedIn, pageQuantities, quantitiesIn, readableText, unsourcedQuantities } from '../../../../src/lib/content/rules/guideNumbers.ts';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';

const found = (text: string) => quantitiesIn(text).map((q) => `${q.value} ${q.unit}`.trim());

test('time limits keep their unit, and working or calendar days are not plain days', () => {
  assert.deepEqual(found('within 28 calendar days, or 5 working days, or 24 hours'), ['28 calendar day', '5 working day', '24 hour']);
  assert.deepEqual(found('a six-week interval; every two weeks; the first 4 weeks; fortnightly'), ['6 week', '2 week', '4 week', '2 week']);
  assert.deepEqual(found('After the fifth day. From the sixth day.'), ['5 day', '6 day']);
  assert.deepEqual(found('aged 8-17 years old; a 16-year-old'), ['8', '17 year', '16 year']);
});

test('money, rates, times of day, percentages and bare figures', () => {
  assert.deepEqual(found('£5 is deducted; £5 a week; £1,000'), ['5 £', '5 £ a week', '1000 £']);
  assert.deepEqual(found('8.30am to 4.30pm, 5 pm'), ['8.3 time am', '4.3 time pm', '5 time pm']);
  assert.deepEqual(found('Section 47, under 18, the 18th birthday, 20%, in 2011.'), ['47', '18', '18', '20 %', '2011']);
});

test('number words count only with a unit, and figures inside words do not count', () => {
  assert.deepEqual(found('one of the carers; no one; One Minute Guide; two weeks'), ['2 week']);
  assert.deepEqual(found('CV1 5RR, COVID19, S4'), []);
});

test('a quantity is stated when a source has the same value and unit; a bare number needs only the value', () => {
  const sources = quantitiesIn('five working days; 18 years old; £5 deducted');
  assert.ok(isStatedIn(quantitiesIn('5 working days')[0], sources));
  assert.ok(!isStatedIn(quantitiesIn('5 days')[0], sources), '5 days is not 5 working days');
  assert.ok(!isStatedIn(quantitiesIn('6 working days')[0], sources), 'a changed number is not stated');
  assert.ok(isStatedIn(quantitiesIn('under 18')[0], sources));
  assert.ok(!isStatedIn(quantitiesIn('£5 a week')[0], sources), 'a rate is not the same claim as an amount');
  assert.deepEqual(
    unsourcedQuantities(quantitiesIn('5 working days, 6 working days, 6 working days, £5'), sources).map((q) => q.written),
    ['6 working days'],
  );
});

test('the readable text leaves out link addresses and <Contact> numbers, and keeps blocks apart', () => {
  const text = readableText(
    parseMdx('Call <Contact id="ofsted" /> or see [page 12](/handbook/x-2/).\n\n- 4 weeks\n- 6\n\n<Note>\n\nWithin 3 days.\n\n</Note>'),
  );
  assert.deepEqual(found(text), ['12', '4 week', '6', '3 day']);
});

test('the rule reports a number no source states, at the line the guide writes it, unless the log vouches for it', () => {
  const file = '---\ntitle: Reviews\nsummary: Your review, every year.\n---\n\n## What do I need to do?\n\nSend the form within 28 calendar days, or 5 working days if urgent.\n';
  const guide = pageQuantities('Your review, every year.', parseMdx(file.split('---\n').slice(2).join('---\n')), file);
  const sources = { ids: ['annual-reviews'], quantities: quantitiesIn('challenge it in writing within 28 calendar days') };
  const problems = guideNumberProblems(guide, sources, []);
  assert.deepEqual(
    problems.map((p) => [p.line, p.what]),
    [[8, 'the guide says "5 working days", but none of its sources (annual-reviews) does']],
  );
  assert.deepEqual(guideNumberProblems(guide, sources, quantitiesIn('5 working days')), []);
});
