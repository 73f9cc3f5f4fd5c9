/** CONTRIBUTING.md's table of check messages is the corpus's, so it says what the check really prints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageTable, mistakeCell, withMessageTable } from './messageTable.ts';
import { expectations, root } from './site.ts';

test('the table of check messages in CONTRIBUTING.md is made from the corpus (npm run docs:messages)', () => {
  const document = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  assert.equal(document, withMessageTable(document, messageTable(expectations)), 'run npm run docs:messages');
});

test('the table lists every mistake in the corpus that prints a message', () => {
  const table = messageTable(expectations);
  for (const expect of Object.values(expectations).filter((e) => e.message)) assert.ok(table.includes(`| ${mistakeCell(expect.mistake)} |`), expect.mistake);
});
