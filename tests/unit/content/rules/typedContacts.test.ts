import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';
import { typedContactProblems } from '../../../../src/lib/content/rules/typedContacts.ts';

const contacts = [
  { id: 'fostering-on-call', phone: '07958 337681' },
  { id: 'fostering-service', phone: '024 7683 2828', email: 'CSCFostering@coventry.gov.uk' },
  { id: 'emergency', phone: '999' },
];
const found = (md: string) => typedContactProblems(parseMdx(md), contacts).map((p) => `${p.line}: ${p.what} | ${p.fix}`);

test('a number from contacts.yaml, however it is spaced, names the <Contact> to use instead', () => {
  for (const typed of ['07958 337681', '07958337681', '07958-337-681', '+44 7958 337681']) {
    assert.match(found(`Ring ${typed} now.`)[0], /<Contact id="fostering-on-call" \/>/, typed);
  }
  assert.match(found('Ring 999 if a child is hurt.')[0], /<Contact id="emergency" \/>/);
  assert.match(found('Email cscfostering@coventry.gov.uk today.')[0], /<Contact id="fostering-service" show="email" \/>/);
});

test('a number or email that is not in contacts.yaml is still refused, with how to add it', () => {
  assert.match(found('The old line, 024 7697 5489, closed.')[0], /add it to content\/contacts\.yaml/);
  assert.match(found('Write to someone@example.org.')[0], /email address someone@example\.org/);
});

test('tel: and mailto: links count, once each; the right line; ordinary numbers do not', () => {
  assert.equal(found('[CSCFostering@coventry.gov.uk](mailto:CSCFostering@coventry.gov.uk)').length, 1);
  assert.match(found('Text\n\n[Ring us](tel:07958337681)')[0], /^3: /);
  assert.match(found('A list:\n\n- one\n- ring 07958 337681\n')[0], /^4: /);
  assert.deepEqual(found('Within 24 hours, 28 days or 12 months; children aged 16 to 18; £5; 2026-11-22; Regulation 36; 1,500 words; 111 pages.'), []);
});
