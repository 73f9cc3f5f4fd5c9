import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfLinkHtml, pdfLinkSlot, stampPdfLink } from '../../src/lib/pdfEdition.ts';

test('the PDF link replaces every marker, and a page without a PDF keeps only the invisible marker', () => {
  const link = pdfLinkHtml(2_300_000, { date: '2026-12-01' });
  assert.equal(
    link,
    '<p class="pdf-edition"><a href="/handbook.pdf" type="application/pdf">Download the handbook (PDF, 2.3 MB, 1 December 2026)</a></p>',
  );
  assert.ok(pdfLinkSlot.startsWith('<!--') && pdfLinkSlot.endsWith('-->'), 'unstamped, the marker is a comment: no broken link');
  assert.deepEqual(stampPdfLink(`<main>${pdfLinkSlot}</main><footer>${pdfLinkSlot}</footer>`, link), {
    html: `<main>${link}</main><footer>${link}</footer>`,
    count: 2,
  });
  assert.deepEqual(stampPdfLink('<p>no marker</p>', link), { html: '<p>no marker</p>', count: 0 });
});
