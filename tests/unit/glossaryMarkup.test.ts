import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { compilerFeatures } from '../../src/lib/content/mdx.ts';
import { glossaryAcronyms, isSkippedElement, type GlossaryAcronym } from '../../src/lib/glossaryMarkup.ts';
import { markPageText } from '../../src/lib/pageText.ts';

const terms: GlossaryAcronym[] = [
  { id: 'ssw', term: 'SSW', expansion: 'Supervising Social Worker' },
  { id: 'sen', term: 'SEN', expansion: 'Special Educational Needs' },
  { id: 'send', term: 'SEND', expansion: 'Special Educational Needs and Disability' },
  { id: 'ofsted', term: 'Ofsted', expansion: 'Office for Standards in Education, Children’s Services and Skills' },
];

/**
 * Markdown rendered to HTML by the compiler pages are built with (Sätteri, with the site's features),
 * then marked, as a page's text is (src/lib/pageText.ts).
 */
function render(markdown: string, acronyms: readonly GlossaryAcronym[] = terms): string {
  return markPageText(markdownToHtml(markdown, { features: compilerFeatures }).html.trimEnd(), acronyms);
}

test('the first use becomes a link to the glossary entry, with the expansion hidden in the link text', () => {
  assert.equal(
    render('Ask your SSW.'),
    '<p>Ask your <a href="/glossary/#ssw" class="glossary-term">SSW<span class="visually-hidden"> (Supervising Social Worker)</span></a>.</p>',
  );
});

test('only the first use on the page is marked, across paragraphs', () => {
  const html = render('Your SSW visits. Your SSW calls.\n\nYour SSW writes.');
  assert.equal(html.match(/glossary-term/g)?.length, 1);
  assert.ok(html.includes('Your SSW calls.'));
});

test('whole words only, case-sensitive, longest term first, plural s allowed for capitals', () => {
  assert.match(render('SEND support'), /#send"/);
  assert.doesNotMatch(render('SEND support'), /#sen"/);
  assert.doesNotMatch(render('the SSWX team and ssw'), /glossary-term/);
  assert.match(render('Both SSWs came.'), />SSWs<span class="visually-hidden"> \(Supervising Social Worker\)/);
  assert.match(render('Ofsted’s report'), />Ofsted<span/);
  assert.doesNotMatch(render('Ofsteds'), /glossary-term/);
});

test('never inside headings, links or code; the first use after them is marked', () => {
  const html = render('## Your SSW\n\n[SSW](/handbook/x/) and `SSW`\n\n```\nSSW\n```\n\nThen SSW.');
  assert.equal(html.match(/glossary-term/g)?.length, 1);
  assert.ok(html.includes('<h2>Your SSW</h2>'));
  assert.ok(html.includes('<a href="/handbook/x/">SSW</a>'));
  assert.ok(html.includes('<code>SSW</code>'));
  assert.ok(html.includes('Then <a href="/glossary/#ssw"'));
});

test('text inside lists, tables and emphasis is marked', () => {
  assert.match(render('- **Call your SSW**'), /<strong>Call your <a href="\/glossary\/#ssw"/);
});

test('the boxes pages use are marked inside; links and contact cards are not', () => {
  const html = markPageText(
    '<div class="note"><p>Ofsted and SSW</p></div><a href="/x/">SEN</a><div class="contact-card"><p>SEND support</p><br></div><p>SEND</p>',
    terms,
  );
  assert.equal(html.match(/glossary-term/g)?.length, 3);
  assert.ok(html.includes('<a href="/x/">SEN</a><div class="contact-card"><p>SEND support</p><br></div><p><a href="/glossary/#send"'));
  assert.equal(isSkippedElement('h2', []), true);
  assert.equal(isSkippedElement('div', ['contact-card']), true);
  assert.equal(isSkippedElement('div', ['note']), false);
});

test('a term already spelt out just before it links to the definition without repeating the expansion', () => {
  assert.equal(
    render('your Supervising Social Worker (SSW) will'),
    '<p>your Supervising Social Worker (<a href="/glossary/#ssw" class="glossary-term">SSW</a>) will</p>',
  );
});

test('the acronyms are the entries with an expansion, and acronyms among other names', () => {
  assert.deepEqual(
    glossaryAcronyms([
      { id: 'ssw', term: 'SSW', expansion: 'Supervising Social Worker', alsoKnownAs: ['supervising social worker', 'link worker'] },
      { id: 'advocate', term: 'Advocate' },
      { id: 'blank', term: 'X', expansion: ' ' },
      { id: 'looked-after-child', term: 'Looked after child', alsoKnownAs: ['LAC', 'CLA', 'child in care'] },
      { id: 'tsd', term: 'TSD', expansion: 'Training, Support and Development Standards', alsoKnownAs: ['TSDS', 'TSD standards', 'SSW'] },
    ]),
    [
      { id: 'ssw', term: 'SSW', expansion: 'Supervising Social Worker' },
      { id: 'tsd', term: 'TSD', expansion: 'Training, Support and Development Standards' },
      { id: 'looked-after-child', term: 'LAC', expansion: 'Looked after child' },
      { id: 'looked-after-child', term: 'CLA', expansion: 'Looked after child' },
      { id: 'tsd', term: 'TSDS', expansion: 'Training, Support and Development Standards' },
    ],
  );
});

test('two acronyms for one entry: the first use of each is marked, as a reader may not know they are the same', () => {
  const html = render('The LAC nurse and the CLA review.', [
    { id: 'looked-after-child', term: 'LAC', expansion: 'Looked after child' },
    { id: 'looked-after-child', term: 'CLA', expansion: 'Looked after child' },
  ]);
  assert.equal(html.match(/href="\/glossary\/#looked-after-child"/g)?.length, 2);
});
