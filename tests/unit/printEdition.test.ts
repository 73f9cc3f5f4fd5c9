import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printAnchor, printContents, printedHref, printedPages, printableHtml } from '../../src/lib/printEdition.ts';

const printed = printedPages([
  { collection: 'handbook', id: 'allegations', title: 'Allegations' },
  { collection: 'guides', id: 'money', title: 'Money' },
]);
const options = { anchor: 'handbook-recording', printed, site: 'https://handbook.test/', headingShift: 2 };

test('the book is in reading order: parts with their sections, then guides, then documents', () => {
  const e = (collection: 'handbook' | 'guides' | 'documents', id: string) => ({ collection, id, title: id });
  const book = printContents(
    [{ part: { id: 'about' }, sections: [e('handbook', 'welcome'), e('handbook', 'copyright')] }, { part: { id: 'moving-on' }, sections: [] }],
    [e('guides', 'money')],
    [e('documents', 'charter')],
  );
  assert.deepEqual(book.parts.map((p) => [p.anchor, p.sections.map((s) => s.anchor)]), [
    ['part-about', ['handbook-welcome', 'handbook-copyright']],
    ['part-moving-on', []],
  ]);
  assert.deepEqual(book.guides.map((g) => g.anchor), ['guides-money']);
  assert.deepEqual(book.documents.map((d) => d.anchor), ['documents-charter']);
  assert.equal(printAnchor('documents', 'charter'), 'documents-charter');
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
