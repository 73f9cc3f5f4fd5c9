import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstNonUtf8Line, splitPage, textOf } from '../../../src/lib/content/source.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

test('a file that is not UTF-8 is found, with the line of its first bad byte', () => {
  assert.equal(firstNonUtf8Line(bytes('£5 a week\n“quotes”\n')), undefined);
  assert.equal(firstNonUtf8Line(bytes('line one\nline two\nPocket money is ', [0xa3], '5\n')), 3);
  assert.equal(firstNonUtf8Line(bytes('a\n', [0xc3])), 2, 'a character cut short at the end of the file');
  assert.equal(firstNonUtf8Line(bytes([0xc0, 0xaf])), 1, 'an overlong form');
  assert.equal(firstNonUtf8Line(bytes([0xed, 0xa0, 0x80])), 1, 'a UTF-16 surrogate');
});

test('a byte-order mark is dropped; CRLF line endings are kept', () => {
  assert.equal(textOf(bytes([0xef, 0xbb, 0xbf], '---\r\ntitle: A\r\n')), '---\r\ntitle: A\r\n');
});

test('a page splits once into frontmatter and body, each keeping the file’s line numbers', () => {
  const page = splitPage('---\ntitle: A\nsummary: B\n---\n\n## C\n');
  assert.equal(page.hasFrontmatter, true);
  assert.equal(page.frontmatter.split('\n')[1], 'title: A', 'the frontmatter starts on line 2');
  assert.equal(page.body.split('\n')[5], '## C', 'the heading is on line 6 of the file and of the body');
  assert.equal(page.bodyLine, 5);
  const windows = splitPage('---\r\ntitle: A\r\n---\r\nText\r\n');
  assert.equal(windows.hasFrontmatter, true);
  assert.equal(windows.body.split(/\r?\n/)[3], 'Text', 'CRLF lines are split like LF ones');
  assert.deepEqual([splitPage('Text only').hasFrontmatter, splitPage('Text only').unclosed], [false, false]);
  assert.deepEqual([splitPage('---\ntitle: A\n').hasFrontmatter, splitPage('---\ntitle: A\n').unclosed], [false, true]);
});
