import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackSentence, nameInSentence, telHref } from '../../src/lib/contacts.ts';

test('a contact is named in a sentence without its closing part in brackets', () => {
  assert.equal(nameInSentence('Fostering On Call (out of hours)'), 'Fostering On Call');
  assert.equal(nameInSentence('Ofsted'), 'Ofsted');
});

test('a contact with no number says so and names whom to ring instead, with their hours', () => {
  const edt = { name: 'Emergency Duty Team (EDT)' };
  assert.deepEqual(fallbackSentence(edt, { name: 'Fostering On Call (out of hours)', hours: 'Outside office hours, including weekends and bank holidays' }), {
    gap: 'This handbook does not yet give a number for the Emergency Duty Team.',
    instead: 'Outside office hours, including weekends and bank holidays, ring Fostering On Call on',
  });
  assert.equal(fallbackSentence(edt, { name: 'Fostering Service' }).instead, 'Ring Fostering Service on');
});

test('tel: links keep only the digits', () => {
  assert.equal(telHref('07958 337681'), 'tel:07958337681');
});
