import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactsReached, findInstructions, instructionProblems, type InstructedContact } from '../../../../src/lib/content/rules/instructions.ts';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';

const contacts: InstructedContact[] = [
  { id: 'emergency', name: 'Emergency services', phone: '999', aliases: ['police', 'ambulance'], checkMentions: false },
  { id: 'fostering-on-call', name: 'Fostering On Call (out of hours)', phone: '07958 337681' },
  { id: 'emergency-duty-team', name: 'Emergency Duty Team (EDT)', aliases: ['EDT'], fallback: 'fostering-on-call' },
  {
    id: 'fostering-service',
    name: 'Coventry Fostering Service',
    phone: '024 7683 2828',
    aliases: ['Fostering Service', 'fostering manager', 'team manager', 'duty worker'],
    checkMentions: false,
  },
  { id: 'childrens-social-care', name: 'Children’s Social Care', inSentence: 'Children’s Social Care', fallback: 'fostering-on-call', checkMentions: false },
  { id: 'ombudsman', name: 'Local Government and Social Care Ombudsman', phone: '0300 061 0614' },
];

const problems = (mdx: string, keyPoints?: string[]) => instructionProblems(parseMdx(mdx), contacts, keyPoints, keyPoints?.map((_, i) => i + 5));
const lines = (mdx: string, keyPoints?: string[]) => problems(mdx, keyPoints).map((p) => `${p.line} ${p.what}`);
const whom = (text: string) => findInstructions(text, contacts).flatMap((i) => i.recipients.map((r) => `${r.kind}:${r.id ?? r.written}`));

test('an instruction to contact the Fostering Service needs its <Contact> in the same section', () => {
  assert.deepEqual(lines('Report serious bullying immediately to your Supervising Social Worker and the Fostering Service.'), [
    '1 "Report serious bullying immediately to your Supervising…" tells carers to contact the Coventry Fostering Service without saying how',
  ]);
  assert.deepEqual(problems('Report serious bullying to the Fostering Service on <Contact id="fostering-service" />.'), []);
  assert.deepEqual(problems('## What to do\n\nInform the Fostering Service.\n\nTheir number: <Contact id="fostering-service" show="email" />'), []);
  assert.equal(problems('## A\n\nInform the Fostering Service.\n\n## B\n\n<Contact id="fostering-service" />').length, 1, 'a number under another heading does not count');
  assert.equal(problems('Inform the Fostering Service. <Contact id="fostering-service" show="hours" />').length, 1, 'opening hours are not a way to reach them');
});

test('the message says which people need no number, because carers have their details', () => {
  const [problem] = problems('Tell the Fostering Service.');
  assert.match(problem.fix, /add <Contact id="fostering-service" \/> in the same section/);
  assert.match(problem.fix, /Carers already have the details of their supervising social worker and the child’s social worker/);
});

test('the supervising social worker and the child’s social worker need nothing more', () => {
  for (const text of [
    'Tell your Supervising Social Worker without delay.',
    'Inform the child’s social worker promptly.',
    'If you are worried, share it with the child’s allocated social worker or your SSW.',
    'Foster carers should discuss this with their supervising social worker.',
  ]) {
    assert.deepEqual(problems(text), [], text);
    assert.ok(whom(text).every((w) => w.startsWith('known:')) && whom(text).length > 0, text);
  }
});

test('the police and an ambulance are reached by 999: the emergency contact, by its aliases', () => {
  assert.deepEqual(whom('If there is an immediate serious risk, contact the police first.'), ['contact:emergency']);
  assert.deepEqual(whom('In a medical emergency, call for an ambulance.'), ['contact:emergency']);
  assert.equal(problems('Share concerns with the child’s social worker, and the police if necessary.').length, 1);
  assert.deepEqual(problems('Share concerns with the child’s social worker, and the police if necessary (<Contact id="emergency" />).'), []);
});

test('someone who is not in contacts.yaml is an error that asks for them to be added', () => {
  const [problem] = problems('Contact your local Fire Brigade for a free home fire safety check.');
  assert.equal(problem.what, '"Contact your local Fire Brigade" tells carers to contact "your local Fire Brigade", who is not in content/contacts.yaml');
  assert.match(problem.fix, /add them to content\/contacts\.yaml/);
  assert.match(problem.fix, /fallback|meanwhile/);
  assert.equal(problems('You can also contact the Children’s Commissioner for England. <Contact id="ofsted" />').length, 1, 'another contact’s number is no way to reach them');
  assert.deepEqual(whom('You can make a disclosure to a prescribed external body.'), ['unknown:a prescribed external body']);
  assert.deepEqual(whom('You can seek advice from support organisations before making a disclosure.'), ['unknown:support organisations']);
});

test('a contact with no number is reached through its <Contact>, which says so and gives the fallback', () => {
  assert.deepEqual(whom('Concerns should be shared with Children’s Social Care and social workers.'), ['contact:childrens-social-care', 'known:social workers']);
  assert.equal(problems('Concerns should be shared with Children’s Social Care and social workers.').length, 1);
  assert.deepEqual(problems('Concerns should be shared with Children’s Social Care. <Contact id="childrens-social-care" />'), []);
});

test('a contact the rule for names checks is left to it, so a missing number is reported once', () => {
  assert.deepEqual(whom('Share your concerns with the Emergency Duty Team.'), ['contact:emergency-duty-team']);
  assert.deepEqual(problems('Share your concerns with the Emergency Duty Team.'), []);
});

test('commands, duties, permissions and the passive are instructions', () => {
  for (const text of [
    'Contact the Fostering Service.',
    'If a child is missing, contact the fostering manager.',
    'Record it and tell the Fostering Service.',
    '**Handling serious bullying:** report it to the Fostering Service.',
    'You must inform the Fostering Service of any change of address.',
    'You should promptly inform the Fostering Service of any changes.',
    'Foster carers are advised to contact the Fostering Service.',
    'All foster carers have a responsibility to report any concerns / incidents to their Supervising Social Worker or duty worker.',
    'Serious bullying should be reported immediately to the Fostering Service.',
    'The fostering service should be promptly notified of any physical intervention.',
    'Where an agreement cannot be reached, this should be discussed with the team manager.',
    'If you need further support, you can also contact the Fostering Service.',
    'unless there is an immediate serious risk, in which case contact the police first.',
  ]) {
    assert.ok(whom(text).some((w) => w.startsWith('contact:')), text);
  }
});

test('what someone else does, a noun and a description are not instructions', () => {
  for (const text of [
    'Your Supervising Social Worker or duty worker, who will inform the fostering service manager.',
    'The Supervising Social Worker should contact the service manager to advise that the issue has not been resolved.',
    'The line manager will make contact with the relevant team member’s manager.',
    'The Police have been called to your home.',
    'Children can have contact with their family, and phone calls with the Fostering Service are recorded.',
    'Report monthly on service performance to the Strategic Lead.',
    'The out-of-hours on-call service is provided by members of the Fostering Service.',
    'Contacting authorities is the next step.',
  ]) {
    assert.deepEqual(
      whom(text).filter((w) => !w.startsWith('known:')),
      [],
      text,
    );
  }
});

test('a name in a link, or a <Contact> where the recipient would be, takes the reader on', () => {
  assert.deepEqual(problems('Contact [the Fostering Service](https://www.coventry.gov.uk/fostering).'), []);
  assert.deepEqual(problems('Call <Contact id="emergency" /> if a child is in danger.'), []);
});

test('a name with a word that would end the recipient is read whole; a list is read item by item', () => {
  assert.deepEqual(whom('Contact your supervising social worker or fostering manager, or Fostering On Call outside office hours.'), [
    'known:supervising social worker',
    'contact:fostering-service',
    'contact:fostering-on-call',
  ]);
  assert.deepEqual(whom('You can contact the Local Government and Social Care Ombudsman on 0300.'), ['contact:ombudsman']);
  assert.deepEqual(whom('Ask your Supervising Social Worker, or call the Fostering Service on 024.'), ['known:Supervising Social Worker', 'contact:fostering-service']);
  assert.deepEqual(whom('Speak to their manager within the Fostering Service.'), ['contact:fostering-service'], 'the manager is described by the contact');
});

test('the problem is at the line of the instruction, once per recipient per section', () => {
  const mdx = 'Intro.\n\nFirst line\nand then tell the Fostering Service.\n\nAlso inform the Fostering Service of changes.';
  assert.deepEqual(
    problems(mdx).map((p) => p.line),
    [4],
  );
});

test('key points: a contact is shown by the Key points box; someone not in contacts.yaml is an error at the point', () => {
  assert.deepEqual(problems('Text.', ['Report serious bullying to your Supervising Social Worker and the Fostering Service.']), []);
  assert.deepEqual(lines('Text.', ['Keep records.', 'Contact your local Fire Brigade for a free home fire safety check.']), [
    '6 key point 2 tells carers to contact "your local Fire Brigade", who is not in content/contacts.yaml, so the Key points box cannot show how to reach them',
  ]);
  assert.deepEqual(contactsReached('If a child is missing, contact your supervising social worker or fostering manager, or the police first.', contacts), ['fostering-service', 'emergency']);
  assert.deepEqual(contactsReached('Record all incidents of bullying.', contacts), []);
});

test('a long page is read in time proportional to its length', () => {
  const long = 'Call the Fostering Service and tell the police. '.repeat(2000);
  const started = performance.now();
  findInstructions(long, contacts);
  assert.ok(performance.now() - started < 2000, `${Math.round(performance.now() - started)} ms`);
});
