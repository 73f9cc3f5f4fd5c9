import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotation, collapseRepeats, couldNotRead, formatProblem, heard, inFile, printable, says, sortProblems, type Problem } from '../../../src/lib/content/problem.ts';

const problem = (over: Partial<Problem> = {}): Problem => ({ file: 'content/a.mdx', line: 3, severity: 'error', what: 'x is wrong', fix: 'do y.', ...over });

test('a problem prints as file:line - what is wrong - how to fix it; a file-level one without a line', () => {
  assert.equal(formatProblem(problem()), 'content/a.mdx:3 - x is wrong - do y.');
  assert.equal(formatProblem(problem({ severity: 'warning' })), 'content/a.mdx:3 - warning: x is wrong - do y.');
  assert.equal(formatProblem(problem({ line: undefined })), 'content/a.mdx - x is wrong - do y.');
});

test('in GitHub Actions a problem is an annotation on its line and column, with workflow-command escaping', () => {
  assert.equal(annotation(problem({ column: 5 })), '::error file=content/a.mdx,line=3,col=5,title=Content error::x is wrong - do y.');
  assert.equal(annotation(problem({ severity: 'warning', line: undefined, what: '50% done\nnext' })), '::warning file=content/a.mdx,title=Content warning::50%25 done\\nnext - do y.');
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

test('values quoted from a file print on one line: line breaks, tabs, controls, bidi and zero-width characters escaped', () => {
  assert.equal(printable('a\nb\r\tc'), 'a\\nb\\r\\tc');
  assert.equal(printable('x\u202Ey\u200Bz\u0007'), 'xU+202EyU+200BzU+0007');
  assert.equal(printable('plain £5 “quotes” é'), 'plain £5 “quotes” é');
});

test('no printed line can start a CI workflow command, whatever a value or a file name holds', () => {
  const hostile = problem({ file: 'content/a.mdx\n::warning file=x::owned', what: 'the link /x\n::error::y is wrong', fix: 'fix\r\n##[warning]z' });
  const lines = [formatProblem(hostile), annotation(hostile)].flatMap((text) => text.split(/\r?\n|\r/));
  assert.equal(lines.length, 2, 'each problem is one line');
  assert.ok(!formatProblem(hostile).startsWith('::'));
  assert.match(annotation(hostile), /^::error file=content\/a\.mdx\\n%3A%3Awarning file=x%3A%3Aowned,line=3,title=Content error::/, 'the file name cannot end the annotation early');
});

test('the same mistake repeated in a file is one problem with a count and its first lines', () => {
  const many = Array.from({ length: 8000 }, (_, i) => problem({ line: i + 1 }));
  const collapsed = collapseRepeats([...many, problem({ what: 'another' })]);
  assert.equal(collapsed.length, 2);
  assert.equal(collapsed[0]!.line, 1);
  assert.equal(collapsed[0]!.what, 'x is wrong (8000 times, also on lines 2, 3, 4, 5, 6 and 7994 more)');
  assert.deepEqual(collapseRepeats([problem(), problem()]), [problem()], 'one problem found twice at one place is one');
  const few = Array.from({ length: 10 }, (_, i) => problem({ line: i + 1 }));
  assert.deepEqual(collapseRepeats(few), few, 'a mistake made a few times is listed at each line');
});

test('whatever stops a file being read becomes a problem with that file, never a crash', () => {
  const found = couldNotRead('content/a.mdx', new RangeError('Maximum call stack size exceeded\n    at walk'));
  assert.equal(formatProblem(found).split(' - ')[0], 'content/a.mdx');
  assert.match(found.what, /^could not be read: RangeError: Maximum call stack size exceeded$/);
});
