import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxParseProblem, parseMdx, placeOf, walk } from '../../../src/lib/content/mdx.ts';

function problemFor(text: string) {
  try {
    parseMdx(text);
  } catch (error) {
    return mdxParseProblem(error);
  }
  assert.fail(`parsed: ${text}`);
}

test('the tree keeps each node’s line and column in the file', () => {
  const tree = parseMdx('\n\n\n## A heading\n\nText <Contact id="x" /> here.\n');
  const places: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading' || node.type === 'mdxJsxTextElement') places.push(`${node.type}@${placeOf(node).line}:${placeOf(node).column}`);
  });
  assert.deepEqual(places, ['heading@4:1', 'mdxJsxTextElement@6:6']);
});

test('an unclosed component is reported where it opens, in plain English', () => {
  const problem = problemFor('Text\n\n<Note>\n\nMore\n\n## Next\n');
  assert.deepEqual([problem.line, problem.column], [3, 1]);
  assert.equal(problem.what, 'the <Note> that opens on line 3, column 1 is never closed');
  assert.match(problem.fix, /add <\/Note> on a line of its own/);
});

test('other syntax errors say where and what to do, never the parser’s wording', () => {
  const cases: [string, RegExp][] = [
    ['<Note>\n\nx\n\n</Important>\n', /<\/Important> closes a box that is not open here: the open one is <Note> \(line 5, column 1\)/],
    ['A { brace here\n', /a curly bracket \{ here starts code that cannot be read \(line 1, column 3\)/],
    ['text <Contact id="x"\n\nmore', /a < here starts a tag that is not finished \(line 1, column 6\)/],
  ];
  for (const [text, what] of cases) {
    const problem = problemFor(text);
    assert.match(problem.what, what);
    assert.doesNotMatch(`${problem.what} ${problem.fix}`, /acorn|oxc|micromark|satteri|expected a|Unexpected/i);
  }
});
