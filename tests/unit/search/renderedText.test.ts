import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactViews } from '../../../src/lib/contacts.ts';
import { parseMdx } from '../../../src/lib/content/mdx.ts';
import { aliasesFor, glossaryRules } from '../../../src/lib/search/aliases.ts';
import { contactWaysWords, contactWords, mdxRenderedText, renderedPageText } from '../../../src/lib/search/renderedText.ts';

const contacts = contactViews([
  {
    id: 'on-call',
    name: 'Fostering On Call (out of hours)',
    purpose: 'Help out of hours.',
    phone: '07958 337681',
    hours: 'Outside office hours',
    urgent: true,
  },
  {
    id: 'office',
    name: 'Coventry Fostering Service',
    purpose: 'Your first contact.',
    phone: '024 7683 2828',
    email: 'fostering@example.org',
    urgent: false,
  },
  {
    id: 'social-care',
    name: 'Children’s Social Care',
    inSentence: 'Children’s Social Care',
    purpose: 'Concerns about a child.',
    meanwhile: 'In office hours, tell your Supervising Social Worker.',
    fallback: 'on-call',
    urgent: false,
  },
]);
const byId = new Map(contacts.map((c) => [c.id, c]));

test('a contact with a number shows it; one without says so, what to do meanwhile and whom to ring instead', () => {
  assert.equal(contactWords(byId.get('office')!), '024 7683 2828');
  assert.equal(contactWords(byId.get('office')!, 'email'), 'fostering@example.org');
  assert.equal(contactWords(byId.get('office')!, 'name'), 'Coventry Fostering Service on 024 7683 2828');
  assert.equal(
    contactWords(byId.get('social-care')!),
    'This handbook does not yet give a number for Children’s Social Care. In office hours, tell your Supervising Social Worker. Outside office hours, ring Fostering On Call on 07958 337681.',
  );
  const card = contactWords(byId.get('office')!, 'card');
  for (const words of ['Coventry Fostering Service', 'Your first contact.', 'Phone 024 7683 2828', 'Email fostering@example.org'])
    assert.ok(card.includes(words), words);
});

test('MDX as the words it renders: text, link text and code as written, a <Contact> as what it shows', () => {
  const tree = parseMdx(
    'If you are worried, call <Contact id="social-care" />.\n\n<Note>\n\nRead [the guide](/guides/x/) and `this`.\n\n</Note>\n\nRing <Contact id="office" show="name" />.\n',
  );
  const text = mdxRenderedText(tree, byId);
  assert.match(
    text,
    /call This handbook does not yet give a number for Children’s Social Care\. In office hours, tell your Supervising Social Worker\./,
  );
  assert.match(text, /Read the guide and this\./);
  assert.match(text, /Ring Coventry Fostering Service on 024 7683 2828\./);
  assert.doesNotMatch(text, /\/guides\/x\/|social-care|Contact/);
  // Blocks never run together: a search for the last word of one and the first of the next finds nothing.
  assert.match(text, /\.\nRead/);
});

test('a contact id the content rules would refuse adds no words', () => {
  assert.equal(mdxRenderedText(parseMdx('Call <Contact id="nobody" /> now.'), byId), 'Call  now.');
});

test('a key point that tells carers to contact someone is followed by the way to reach them', () => {
  const words = contactWaysWords('Tell the Coventry Fostering Service at once.', contacts);
  assert.equal(words, 'Coventry Fostering Service: 024 7683 2828');
  assert.equal(contactWaysWords('Keep records.', contacts), '');
});

test('a page’s words: key points with their contacts, its text, what it lists after the text, the standards shown', () => {
  const text = renderedPageText(
    {
      body: 'The text.',
      keyPoints: ['Tell the Coventry Fostering Service.'],
      documentDate: 'May 2024',
      seeAlso: [{ title: 'Allegations', note: 'what happens next' }],
      sources: [{ title: 'Placement plans' }],
      standardsShown: ['National Minimum Standards', 'Standard 21'],
    },
    contacts,
  );
  assert.equal(
    text,
    [
      'Tell the Coventry Fostering Service. Coventry Fostering Service: 024 7683 2828',
      'Document date: May 2024',
      'The text.',
      'Allegations what happens next',
      'Placement plans (handbook section)',
      'National Minimum Standards',
      'Standard 21',
    ].join('\n'),
  );
});

test('a page whose only “Supervising Social Worker” is a contact’s words gets the “SSW” alias', () => {
  const rules = glossaryRules([{ term: 'SSW', expansion: 'Supervising Social Worker', alsoKnownAs: [] }]);
  const body = mdxRenderedText(parseMdx('If a child is at risk, call <Contact id="social-care" />.'), byId);
  assert.deepEqual(aliasesFor({ title: 'Exploitation', summary: '', body }, rules), [{ words: 'SSW', strength: 1 }]);
});
