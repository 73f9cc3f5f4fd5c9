import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readYaml } from '../../../src/lib/content/yaml.ts';

test('values are read as written: an impossible date stays text for the date rule to see', () => {
  const { value, problems } = readYaml('reviewed: 2026-02-30\norder: 10\nurgent: true\n');
  assert.deepEqual(problems, []);
  assert.deepEqual(value, { reviewed: '2026-02-30', order: 10, urgent: true });
});

test('every value knows its line: a field, a list item, an entry of a list file', () => {
  const page = readYaml('\ntitle: A\nstandards: [nms-4, nms-40]\nchanges:\n  - date: 2026-11-01\n    summary: B\n');
  assert.equal(page.lineOf(['title']), 2);
  assert.equal(page.lineOf(['standards', 1]), 3);
  assert.equal(page.lineOf(['changes', 0, 'summary']), 6);
  assert.equal(page.lineOf(['missing']), 2, 'a missing field points at the first field');
  const list = readYaml('- id: a\n  name: A\n- id: b\n  email: x\n');
  assert.equal(list.lineOf([1]), 3);
  assert.equal(list.lineOf([1, 'email']), 4);
});

test('parser errors are in plain English, with the real line and column, never the parser’s wording', () => {
  const cases: [string, number, RegExp][] = [
    ['title: A\nsummary: Allegations: what happens next\n', 2, /the text after "summary:" contains ": " \(line 2, column 10\)/],
    ['title: A\ntitle: B\n', 2, /the field "title" is written twice/],
    ['a:\n\t- b\n', 2, /indented with a tab/],
    ['- id: x\n  carersSay: [respite\n- id: y\n', 2, /the list opened with \[ on line 2 is not closed/],
    ['title: "A\nsummary: b\n', 1, /the quote opened with " on line 1 is not closed/],
  ];
  for (const [text, line, what] of cases) {
    const [problem] = readYaml(text).problems;
    assert.equal(problem.line, line, text);
    assert.match(problem.what, what);
    assert.doesNotMatch(`${problem.what} ${problem.fix}`, /implicit|mapping|scalar|token|YAML/i, 'no parser wording');
    assert.ok(problem.column! >= 1);
  }
});
