import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactViews, fallbackSentence, getHelpLines, mailtoHref, nameInSentence, telHref } from '../../src/lib/contacts.ts';

/** The line to ring out of hours: whom the tests' contacts with no number send carers to instead. */
const onCall = {
  id: 'on-call',
  name: 'Fostering On Call (out of hours)',
  purpose: 'Help.',
  phone: '07958 337681',
  hours: 'Outside office hours',
  urgent: true,
};

test('a contact is named in a sentence without its closing part in brackets', () => {
  assert.equal(nameInSentence('Fostering On Call (out of hours)'), 'Fostering On Call');
  assert.equal(nameInSentence('Ofsted'), 'Ofsted');
});

test('a contact with no number says so and names whom to ring instead, with their hours', () => {
  const edt = { name: 'Emergency Duty Team (EDT)' };
  assert.deepEqual(
    fallbackSentence(edt, {
      name: 'Fostering On Call (out of hours)',
      hours: 'Outside office hours, including weekends and bank holidays',
    }),
    {
      gap: 'This handbook does not yet give a number for the Emergency Duty Team.',
      instead: 'Outside office hours, including weekends and bank holidays, ring Fostering On Call on',
    },
  );
  assert.equal(fallbackSentence(edt, { name: 'Fostering Service' }).instead, 'Ring Fostering Service on');
});

test('every contact as pages show it, with whom to ring instead worked out for one with no number', () => {
  const contacts = contactViews([
    { id: 'emergency', name: 'Emergency services', purpose: 'Call 999.', phone: '999', urgent: true },
    { id: 'edt', name: 'Emergency Duty Team (EDT)', purpose: 'Out of hours.', urgent: false, fallback: 'on-call' },
    onCall,
    { id: 'office', name: 'Coventry Fostering Service', purpose: 'Office.', phone: '024 7683 2828', urgent: false, officeHoursLine: true },
  ]);
  assert.deepEqual(contacts[1].instead, {
    gap: 'This handbook does not yet give a number for the Emergency Duty Team.',
    instead: 'Outside office hours, ring Fostering On Call on',
    phone: '07958 337681',
  });
  assert.equal(contacts[0].instead, undefined);
  assert.deepEqual(
    getHelpLines(contacts).map((c) => c.id),
    ['emergency', 'on-call', 'office'],
    'urgent lines in order, then the office-hours line',
  );
});

test('a contact with no number may say what to do meanwhile, with or without a number to ring instead', () => {
  const nurse = { name: 'Looked After Children’s Nurse', meanwhile: 'Ask the child’s social worker how to reach them.' };
  assert.deepEqual(fallbackSentence(nurse), {
    gap: 'This handbook does not yet give a number for the Looked After Children’s Nurse.',
    meanwhile: 'Ask the child’s social worker how to reach them.',
  });
  const care = {
    name: 'Children’s Social Care',
    inSentence: 'Children’s Social Care',
    meanwhile: 'In office hours, tell the child’s social worker.',
  };
  const [view] = contactViews([{ id: 'care', ...care, purpose: 'Concerns.', urgent: false, fallback: 'on-call' }, onCall]);
  assert.deepEqual(view.instead, {
    gap: 'This handbook does not yet give a number for Children’s Social Care.',
    meanwhile: 'In office hours, tell the child’s social worker.',
    instead: 'Outside office hours, ring Fostering On Call on',
    phone: '07958 337681',
  });
  const [plain] = contactViews([{ id: 'x', name: 'X', purpose: 'X.', urgent: false }]);
  assert.equal(plain.instead, undefined, 'nothing to say instead');
});

test('phone numbers become tel: links without spaces; emails mailto: links', () => {
  assert.equal(telHref('07958 337681'), 'tel:07958337681');
  assert.equal(telHref('024 7683 2828'), 'tel:02476832828');
  assert.equal(telHref('999'), 'tel:999');
  assert.equal(mailtoHref('a@b.uk'), 'mailto:a@b.uk');
});
