import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentsPageNumbers, outlineEntries, printAnchor, printedHref, printedPages, printableHtml } from '../../src/lib/printEdition.ts';

const printed = printedPages([
  { collection: 'handbook', id: 'allegations', title: 'Allegations' },
  { collection: 'guides', id: 'money', title: 'Money' },
]);
const options = { anchor: 'handbook-recording', printed, site: 'https://handbook.test/', headingShift: 2 };

test('a printed page is anchored by its kind and id', () => {
  assert.equal(printAnchor('documents', 'charter'), 'documents-charter');
  assert.equal(printAnchor('handbook', 'allegations'), 'handbook-allegations');
});

test('links to printed pages stay in the page; others go to the live site', () => {
  assert.equal(printedHref('/handbook/allegations/', options), '#handbook-allegations');
  assert.equal(printedHref('/handbook/allegations#what-to-do', options), '#handbook-allegations--what-to-do');
  assert.equal(printedHref('/guides/money/', options), '#guides-money');
  assert.equal(printedHref('#keeping-records', options), '#handbook-recording--keeping-records');
  assert.equal(printedHref('/contacts/#ofsted', options), 'https://handbook.test/contacts/#ofsted');
  assert.equal(printedHref('https://www.gov.uk/', options), 'https://www.gov.uk/');
  assert.equal(printedHref('tel:999', options), 'tel:999');
});

test('a page’s HTML fits the printed page: unique ids, in-page links, headings under its title, glossary links unwrapped', () => {
  const html =
    '<h2 id="why">Why</h2><p>See <a href="/handbook/allegations/">allegations</a> and <a href="#why">above</a>; ' +
    '<a href="/glossary/#lac" class="glossary-term">LAC<span class="visually-hidden"> (looked after child)</span></a>.</p>' +
    '<nav aria-labelledby="why"><h4 data-id="x">Deep</h4></nav>';
  assert.equal(
    printableHtml(html, options),
    '<h4 id="handbook-recording--why">Why</h4><p>See <a href="#handbook-allegations">allegations</a> and <a href="#handbook-recording--why">above</a>; ' +
      'LAC<span class="visually-hidden"> (looked after child)</span>.</p>' +
      '<nav aria-labelledby="handbook-recording--why"><h6 data-id="x">Deep</h6></nav>',
  );
  assert.throws(() => printableHtml('<h5>Too deep</h5>', options), /h7/);
});

test('the PDF outline as pdftohtml lists it: every entry in order with its page, nesting flattened', () => {
  const xml = `<pdf2xml><page number="1"><text>x</text></page>
<outline>
<item page="1">Foster Carer&#39;s Handbook</item>
<outline>
<item page="3">Allegations</item>
<outline><item page="4">What to do  next</item></outline>
<item page="9">One Minute Guide: Allegations</item>
</outline>
</outline></pdf2xml>`;
  assert.deepEqual(outlineEntries(xml), [
    { title: "Foster Carer's Handbook", page: 1 },
    { title: 'Allegations', page: 3 },
    { title: 'What to do next', page: 4 },
    { title: 'One Minute Guide: Allegations', page: 9 },
  ]);
});

test('each contents entry gets the page where its heading starts, in printed order, a guide after its section', () => {
  const outline = [
    { title: 'Contents', page: 2 },
    { title: 'Keeping children safe', page: 5 },
    { title: 'Allegations', page: 6 },
    { title: 'What to do', page: 6 },
    { title: 'One Minute Guides', page: 9 },
    { title: 'One Minute Guide: Allegations', page: 10 },
    { title: 'Contacts', page: 12 },
  ];
  const numbers = contentsPageNumbers(
    [
      { anchor: 'part-safe', heading: 'Keeping children safe' },
      { anchor: 'handbook-allegations', heading: 'Allegations' },
      { anchor: 'guides', heading: 'One Minute Guides' },
      { anchor: 'guides-allegations', heading: 'One Minute Guide:\n Allegations' },
      { anchor: 'print-contacts', heading: 'Contacts' },
      { anchor: 'missing', heading: 'Not in the outline' },
    ],
    outline,
  );
  assert.deepEqual(Object.fromEntries(numbers), {
    'part-safe': 5,
    'handbook-allegations': 6,
    guides: 9,
    'guides-allegations': 10,
    'print-contacts': 12,
  });
});
