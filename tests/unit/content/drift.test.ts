import { test } from 'node:test';
import assert from 'node:assert/strict';
import { driftFlags, isCommand, restatedPart, sentencesOf, sourcePassage, splitSentences, strengthOf } from '../../../src/lib/content/drift.ts';

const ids = (sentence: string, passage: string, options?: Parameters<typeof driftFlags>[2]) => driftFlags(sentence, passage, options).map((f) => f.id);

test('a seed line is split into sentences, each with its line; export marks and bullets are dropped', () => {
  assert.deepEqual(splitSentences('· Record Keeping: All incidents should be recorded. These records can be valuable over time.'), [
    'Record Keeping: All incidents should be recorded.',
    'These records can be valuable over time.',
  ]);
  assert.deepEqual(
    sentencesOf(['[bookmark: _x]Significant Events and Notifications', 'Foster carers record concerns daily. Children leave care at eighteen.'], '000', 10).map((s) => `${s.line} ${s.text}`),
    ['10 Significant Events and Notifications', '11 Foster carers record concerns daily.', '11 Children leave care at eighteen.'],
  );
});

test('the passage is the source sentence with most of the sentence’s words, or two neighbours when both add words', () => {
  const source = sentencesOf(
    [
      'Foster carers receive fostering allowances made up of age-related child allowances and fees.',
      'In the event of any road traffic accidents involving children in your care, immediate communication of the incident is essential. A written report should be provided to your Supervising Social Worker.',
    ],
    '000',
    1,
  );
  const allowances = sourcePassage('Fostering allowances are made up of child allowances and fees.', source)!;
  assert.equal(allowances.lines.join(), '1');
  assert.ok(allowances.score > 0.8);
  const accident = sourcePassage('Provide a written report of any road traffic accident involving children in your care to your Supervising Social Worker.', source)!;
  assert.match(accident.text, /immediate communication .* A written report/, 'both sentences of line 2');
  assert.ok(sourcePassage('Payments are reimbursed.', sentencesOf(['Expenses are paid back to the carer.'], '000'))!.score > 0, 'paid back and reimbursed are one word for matching');
});

test('strength: must, should, may, and a command', () => {
  assert.equal(strengthOf('You must tell them.'), 'must');
  assert.equal(strengthOf('It is essential to tell them.'), 'must');
  assert.equal(strengthOf('You should tell them.'), 'should');
  assert.equal(strengthOf('You may tell them.'), 'may');
  assert.equal(strengthOf('Signs may include going missing.'), 'none', 'a list of examples is not a permission');
  assert.equal(isCommand('Tell your Supervising Social Worker.'), true);
  assert.equal(isCommand('**Step 2:** tell your Supervising Social Worker.'), true);
  assert.equal(isCommand('Your Supervising Social Worker will tell you.'), false);
});

test('a permission made a command or a fact, or a duty made stronger or weaker, is a change of strength', () => {
  assert.deepEqual(ids('Share concerns with the child’s social worker and the police.', 'This may involve sharing concerns with the child’s social worker and the police if necessary.'), ['may']);
  assert.deepEqual(ids('Everyone in the household should agree to the plan.', 'It is essential for everyone in the household to agree to the plan.'), ['must']);
  assert.deepEqual(ids('Never put photos of fostered children on your social media.', 'Foster carers should not include photos of fostered children on their social media.'), ['should']);
  assert.deepEqual(ids('Tell the child’s social worker promptly.', 'You should inform the child’s social worker promptly.'), [], 'a command restates a duty');
  assert.deepEqual(ids('You may apply for a review.', 'You may apply for a review.'), []);
});

test('what could happen is not a permission: "may be", "may have", a shared phrase, a verb the sentence does not restate', () => {
  assert.deepEqual(ids('Watch for signs they may run away.', 'Carers should be alert to signs that a child may run away.'), []);
  assert.deepEqual(ids('An allegation may be made against you.', 'When an allegation is made against you, it is essential to follow procedures.'), []);
  assert.deepEqual(ids('They ensure you have information describing the child and any risks.', 'Ensure that you have information which describes the child and any risks they may present.'), []);
  assert.deepEqual(ids('You do not need to wait for supervision to raise a concern.', 'They should not wait until supervision meetings to address concerns.'), []);
});

test('conditions and qualifiers the sentence drops are flagged, and kept ones are not', () => {
  assert.deepEqual(ids('Record incidents in the daily records of both victim and bully.', 'Incidents should be recorded in the daily records, both the alleged victim and the alleged bully.'), ['alleged']);
  assert.deepEqual(ids('If a child is bullied online, record it.', 'If you suspect a child is being bullied online, document it.'), ['if you suspect']);
  assert.deepEqual(ids('Keeping ties with family helps a child return home.', 'Research suggests that preserving a child’s ties to their family enhances the likelihood of them returning home.'), ['research suggests']);
  assert.deepEqual(ids('An assessment of leaving care needs is completed before 18.', 'Children who are eligible, relevant, or former relevant must undergo an assessment of their leaving care needs before 18.'), ['eligibility']);
  assert.deepEqual(ids('Do not leave children unsupervised with people who have not had checks.', 'As a general rule, do not leave children unsupervised with people who have not had checks.'), ['as a general rule']);
  assert.deepEqual(ids('As a general rule, do not leave children unsupervised with people who have not had checks.', 'As a general rule, do not leave children unsupervised with people who have not had checks.'), []);
  assert.deepEqual(ids('Contact the supervising social worker.', 'Contact the supervising social worker, unless there is an immediate serious risk.'), ['unless', 'immediately']);
  assert.deepEqual(
    ids('If there is an immediate serious risk, contact the police first.', 'Contact the supervising social worker, unless there is an immediate serious risk, in which case contact the police first.'),
    [],
    '"unless X, in which case B" is kept by "if X, B"',
  );
});

test('an exception the source gives straight after is flagged unless the paragraph (or the next key point) keeps it', () => {
  const passage = 'The first visit should occur within one week of placement, with subsequent visits at intervals of no more than six weeks.';
  const next = 'In cases where the placement is considered permanent, visits can occur at intervals of three or six months in the second and subsequent years.';
  const sentence = 'Expect a visit within one week of placement, then at intervals of no more than six weeks.';
  assert.deepEqual(ids(sentence, passage, { next }), ['exception']);
  assert.deepEqual(ids(sentence, passage, { next, around: `${sentence} If the placement is permanent, visits can be every three or six months in the second and later years.` }), []);
});

test('the restated part is the clauses the sentence restates, so a condition elsewhere in a long source sentence is not its own', () => {
  const passage = 'Foster carers are to support learning at home and attend meetings at the school, and transport children to school, unless there are agreed exceptions to this.';
  assert.doesNotMatch(restatedPart('Support learning at home.', passage), /unless/);
  assert.deepEqual(ids('Support learning at home.', passage), []);
});
