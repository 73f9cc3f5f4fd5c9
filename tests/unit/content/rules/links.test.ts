import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';
import { headingAnchors, imageProblems, internalLinks, isBareWebAddress, isVagueLinkText, linkProblems, linkTargetProblems, type SiteLinks } from '../../../../src/lib/content/rules/links.ts';

const site: SiteLinks = {
  pages: new Map([['/handbook/recording/', new Set(['daily-records'])], ['/contents/', null], ['/updates.xml', null]]),
  hasPublicFile: (path) => path === '/images/reading.jpg',
};
/** Both halves: what the page alone can tell, and where its links to other pages go. */
const whats = (md: string) => {
  const tree = parseMdx(md);
  return [...linkProblems(tree), ...linkTargetProblems(internalLinks(tree), site)].map((p) => p.what);
};

test('links go to real pages and headings; the trailing slash is optional', () => {
  assert.deepEqual(whats('[Recording](/handbook/recording/#daily-records), [contents](/contents/), [Recording](/handbook/recording) and [feed](/updates.xml)'), []);
  assert.match(whats('[Recording](/handbook/recordings/)')[0], /does not exist/);
  assert.match(whats('[Recording](/handbook/recording/#daily)')[0], /heading that is not on the page/);
  assert.match(whats('## Here\n\n[Up](#there)')[0], /not on this page/);
  assert.deepEqual(whats('## Here\n\n[Up](#here)'), []);
});

test('links are secure and say where they go; reference definitions count too', () => {
  assert.match(whats('[Ofsted](http://www.gov.uk/ofsted)')[0], /http:\/\//);
  assert.match(whats('[Policy](file:///C:/policy.docx)')[0], /file on someone's computer/);
  assert.match(whats('[Records][r]\n\n[r]: javascript:alert(1)')[0], /would run code/);
  assert.match(whats('[Click here](https://www.gov.uk/)')[0], /does not say where/);
  assert.match(whats('See https://www.gov.uk/foster-care.')[0], /bare web address/);
  assert.match(whats('[gov.uk/foster-care](https://www.gov.uk/foster-care)')[0], /bare web address/);
  for (const text of ['www.gov.uk', 'https://www.gov.uk/ofsted', 'gov.uk/foster-care', 'thefosteringnetwork.org.uk']) assert.equal(isBareWebAddress(text), true, text);
  for (const text of ['GOV.UK guidance', 'The Fostering Network', 'Ofsted', 'a@coventry.gov.uk']) assert.equal(isBareWebAddress(text), false, text);
  assert.match(whats('[](https://www.gov.uk/)')[0], /has no text/);
  assert.equal(isVagueLinkText('Read more.'), true);
  assert.equal(isVagueLinkText('Read the Charter'), false);
});

test('pictures are stored in public/ and described', () => {
  const found = (md: string) => imageProblems(parseMdx(md), site.hasPublicFile).map((p) => p.what);
  assert.deepEqual(found('![A carer reading](/images/reading.jpg)'), []);
  assert.match(found('![](/images/reading.jpg)')[0], /has no alt text/);
  assert.match(found('![A carer](https://example.com/a.jpg)')[0], /not stored in the handbook/);
  assert.match(found('![A carer](/images/missing.jpg)')[0], /not in the public\/ folder/);
});

test('heading anchors are the slugs Astro gives, numbered when repeated', () => {
  assert.deepEqual([...headingAnchors(parseMdx('## 16.0 Contact details\n\n## A\n\n## A\n'))], ['160-contact-details', 'a', 'a-1']);
});

test('a link to another page is collected with its place, for the check across pages', () => {
  assert.deepEqual(internalLinks(parseMdx('\n[A](/handbook/a/) [B](https://x.uk/) [C](#c)')), [{ url: '/handbook/a/', line: 2, column: 1 }]);
});
