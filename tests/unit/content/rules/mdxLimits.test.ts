import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../../../src/lib/content/mdx.ts';
import { mdxProblems } from '../../../../src/lib/content/rules/mdxLimits.ts';
import { allowedHtml, forbiddenHtml } from '../../../../src/lib/content/authorComponents.ts';

const whats = (md: string) => mdxProblems(parseMdx(md), ['fostering-on-call']).map((p) => p.what);

test('the handbook components with literal attributes, and the few allowed HTML elements, pass', () => {
  assert.deepEqual(whats('<Note>\n\nA\n\n</Note>\n\nCall <Contact id="fostering-on-call" /> or <Contact id="fostering-on-call" show="card" />.\n\n<Important>\n\nB\n\n</Important>'), []);
  assert.deepEqual(whats(`The 1<sup>st</sup> visit, H<sub>2</sub>O,<br /> a new line.`), []);
  assert.deepEqual([...allowedHtml].sort(), ['br', 'sub', 'sup']);
});

test('no import, export or code in curly brackets anywhere, not even a comment', () => {
  assert.match(whats('import Note from "../../src/components/Note/Note.astro";')[0], /imports code/);
  assert.match(whats('export const a = 1;')[0], /adds code/);
  assert.match(whats('Total {1 + 1}')[0], /code in curly brackets/);
  assert.match(whats('{/* a note for staff */}')[0], /code in curly brackets/);
});

test('attributes: plain text only, no code, spreads, event handlers or styles; the right names and values', () => {
  assert.match(whats('<Contact id={process.env.HOME} />')[0], /the id of <Contact> is code/);
  assert.match(whats('<Note {...props}>\n\nx\n\n</Note>')[0], /code in curly brackets \(\{\.\.\.props\}\)/);
  assert.match(whats('<Important onClick="x()">\n\nx\n\n</Important>')[0], /event handler \(onClick\)/);
  assert.match(whats('1<sup style="color:red">st</sup>')[0], /style attribute/);
  assert.match(whats('1<sup class="x">st</sup>')[0], /attribute "class" it does not take/);
  assert.match(whats('<Contact id="fostering-on-call" show="all" />')[0], /show="all" is not something <Contact> can show/);
  assert.match(whats('<Contact />')[0], /<Contact> has no id/);
  assert.match(whats('<Contact id="" />')[0], /has no value/);
  assert.match(whats('<Contact id="fostering-oncall" />')[0], /not a contact in content\/contacts\.yaml/);
  assert.match(whats('<Contact id="fostering-on-call">text</Contact>')[0], /has text inside it/);
});

test('elements: every forbidden one named with why, other HTML and unknown components refused', () => {
  for (const name of Object.keys(forbiddenHtml)) {
    assert.match(whats(`<${name} />`)[0], new RegExp(`contains <${name}>, which `), name);
  }
  assert.match(whats('<SCRIPT>x</SCRIPT>')[0], /contains <SCRIPT>/);
  assert.match(whats('<div>x</div>')[0], /the HTML tag <div>/);
  assert.match(whats('<a href="javascript:x">x</a>')[0], /the HTML tag <a>/);
  assert.match(whats('<Banner>Hi</Banner>')[0], /not one of the handbook's components/);
  assert.match(whats('<>x</>')[0], /empty tag/);
});
