import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markPageText, onceForText } from '../../src/lib/pageText.ts';

const ssw = [{ id: 'ssw', term: 'SSW', expansion: 'Supervising Social Worker' }];

test("a page's text gains its glossary links and slash breaks, and keeps everything else exactly", () => {
  const html = '<p>Ask your SSW about aids/equipment.</p><table><tr><td title="a > b">SSW</td></tr></table><h2 id="x">SSW</h2>';
  assert.equal(
    markPageText(html, ssw),
    '<p>Ask your <a href="/glossary/#ssw" class="glossary-term">SSW<span class="visually-hidden"> (Supervising Social Worker)</span></a> about aids/<wbr>equipment.</p><table tabindex="0"><tr><td title="a > b">SSW</td></tr></table><h2 id="x">SSW</h2>',
  );
});

test('dates, 24/7, comments, void elements and nested skipped elements are handled', () => {
  assert.equal(markPageText('<p>24/7, 17/05/2018 and/or</p>', []), '<p>24/7, 17/05/2018 and/<wbr>or</p>');
  assert.equal(markPageText('<!-- a/b SSW --><p>SSW</p>', ssw).includes('<!-- a/b SSW -->'), true);
  assert.match(markPageText('<h2>SSW <em>SSW</em></h2><br><p>then SSW</p>', ssw), /<h2>SSW <em>SSW<\/em><\/h2><br><p>then <a href/);
  assert.match(markPageText('<a href="/a/"><strong>SSW</strong></a> SSW', ssw), /<\/a> <a href="\/glossary\/#ssw"/);
});

test('an expansion is escaped as text, and one spelled out just before the acronym is not repeated', () => {
  assert.equal(
    markPageText('<p>Ofsted</p>', [{ id: 'ofsted', term: 'Ofsted', expansion: 'Standards <Education> & Skills' }]),
    '<p><a href="/glossary/#ofsted" class="glossary-term">Ofsted<span class="visually-hidden"> (Standards &lt;Education&gt; &amp; Skills)</span></a></p>',
  );
  assert.equal(
    markPageText('<p>your Supervising Social Worker (SSW) will</p>', ssw),
    '<p>your Supervising Social Worker (<a href="/glossary/#ssw" class="glossary-term">SSW</a>) will</p>',
  );
});

test('a page’s text is made once per build however many pages show it, and again when its entry changes', async () => {
  let made = 0;
  const make = async () => `<p>text ${++made}</p>`;
  assert.equal(await onceForText('handbook/a/digest-1', make), '<p>text 1</p>');
  assert.equal(await onceForText('handbook/a/digest-1', make), '<p>text 1</p>', 'the printable handbook reuses the page’s text');
  assert.equal(made, 1);
  assert.equal(await onceForText('handbook/a/digest-2', make), '<p>text 2</p>', 'an edited entry is made again');
  assert.equal(await onceForText('handbook/b/digest-1', make), '<p>text 3</p>');
});
