import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { readList } from '../../../src/lib/content/lists.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { siteOf } from './site.ts';

function read(text: string, collection: 'contacts' | 'editorialLog' = 'contacts') {
  const root = siteOf({ 'content/contacts.yaml': text });
  try {
    const { entries, problems } = readList(root, 'content/contacts.yaml', collection);
    return { entries, lines: problems.map(formatProblem) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a list’s entries come back with their ids and lines, each checked against its schema', () => {
  const { entries, lines } = read('- id: a\n  name: A\n  purpose: P.\n  phone: "999"\n- id: b\n  name: 42\n  purpose: P.\n  phone: "111"\n');
  assert.deepEqual(entries.map((e) => [e.id, e.line]), [['a', 1], ['b', 5]]);
  assert.deepEqual(lines, ['content/contacts.yaml:6 - name is missing or is not text - who the reader will reach, for example Emergency Duty Team (out of hours).']);
});

test('unsafe YAML, invisible characters and ids used twice are refused where they are written; the rest is still read', () => {
  const { entries, lines } = read('- id: a\n  name: !!python/str A\n  purpose: P\u200b.\n  phone: "999"\n- id: a\n  name: B\n  purpose: P.\n  phone: "111"\n');
  assert.deepEqual(entries.map((e) => e.id), ['a']);
  assert.match(lines.join('\n'), /:2 - "!!python\/str" is a YAML tag/);
  assert.match(lines.join('\n'), /:3 - the text has an invisible character, U\+200B/);
  assert.match(lines.join('\n'), /:5 - the id "a" is used twice/);
});
