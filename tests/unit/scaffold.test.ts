import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { guideShapeProblems } from '../../src/lib/content/rules/guideShape.ts';
import { splitPage } from '../../src/lib/content/source.ts';
import { guideTemplate, nextOrder, placeholderMark, sectionTemplate, yamlText } from '../../src/lib/scaffold.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);

test('a new guide has the four headings in order, dated today, with placeholders to replace', () => {
  const text = guideTemplate({ title: 'Bedtimes', source: { id: 'health', title: 'Health' }, today: d('2026-11-22') });
  assert.deepEqual(guideShapeProblems(parseMdx(splitPage(text).body)), []);
  assert.match(text, /reviewed: 2026-11-22\nchanges:\n {2}- date: 2026-11-22/);
  assert.match(text, /sources: \[health\]/);
  assert.ok(text.includes(placeholderMark));
});

test('a new section quotes a title only when YAML needs it, and goes after the last page in its part', () => {
  assert.match(sectionTemplate({ title: 'A: B', part: 'about', order: 20, today: d('2026-11-22') }), /^---\ntitle: "A: B"\n/);
  assert.equal(yamlText('Pocket money'), 'Pocket money');
  assert.equal(yamlText('"Quoted"'), '"\\"Quoted\\""');
  assert.equal(nextOrder([10, 30, 20]), 40);
  assert.equal(nextOrder([]), 10);
});
