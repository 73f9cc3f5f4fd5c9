import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotation, formatProblem, heard, inFile, says, sortProblems, type Problem } from '../../../src/lib/content/problem.ts';

const problem = (over: Partial<Problem> = {}): Problem => ({ file: 'content/a.mdx', line: 3, severity: 'error', what: 'x is wrong', fix: 'do y.', ...over });

test('a problem prints as file:line - what is wrong - how to fix it; a file-level one without a line', () => {
  assert.equal(formatProblem(problem()), 'content/a.mdx:3 - x is wrong - do y.');
  assert.equal(formatProblem(problem({ severity: 'warning' })), 'content/a.mdx:3 - warning: x is wrong - do y.');
  assert.equal(formatProblem(problem({ line: undefined })), 'content/a.mdx - x is wrong - do y.');
});

test('in GitHub Actions a problem is an annotation on its line and column, with workflow-command escaping', () => {
  assert.equal(annotation(problem({ column: 5 })), '::error file=content/a.mdx,line=3,col=5,title=Content error::x is wrong - do y.');
  assert.equal(annotation(problem({ severity: 'warning', line: undefined, what: '50% done\nnext' })), '::warning file=content/a.mdx,title=Content warning::50%25 done%0Anext - do y.');
  assert.match(annotation(problem({ file: 'content/a,b:c.mdx' })), /file=content\/a%2Cb%3Ac\.mdx,/);
});

test('a schema message carries what and fix without guessing at punctuation', () => {
  assert.deepEqual(heard(says('title: is missing. Really', 'add it: now.')), { what: 'title: is missing. Really', fix: 'add it: now.' });
  assert.match(heard('a message written elsewhere').fix, /CONTRIBUTING\.md/);
});

test('problems sort by file, line and column; findings take their file and default to errors', () => {
  const sorted = sortProblems([problem({ file: 'b' }), problem({ line: 9 }), problem({ line: undefined }), problem({ line: 3, column: 2 }), problem({ line: 3, column: 1 })]);
  assert.deepEqual(sorted.map((p) => `${p.file}:${p.line ?? '-'}:${p.column ?? '-'}`), ['b:3:-', 'content/a.mdx:-:-', 'content/a.mdx:3:1', 'content/a.mdx:3:2', 'content/a.mdx:9:-']);
  assert.deepEqual(inFile('f', [{ line: 1, what: 'w', fix: 'f' }]), [{ file: 'f', line: 1, what: 'w', fix: 'f', severity: 'error' }]);
});
