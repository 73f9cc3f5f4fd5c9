/**
 * npm run docs:messages: writes the table of check messages in CONTRIBUTING.md from the bad-content
 * corpus (tests/gate/fixtures/expected.json), whose every line the tests prove both `npm run check` and
 * `astro build` print. The table cannot drift: tests/gate/messages.test.ts fails when it differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageTable, withMessageTable } from '../tests/gate/messageTable.ts';
import { commandLine } from './lib/commandLine.ts';

commandLine({}, 'Use: npm run docs:messages (takes no arguments)');

const file = join(process.cwd(), 'CONTRIBUTING.md');
const expected = JSON.parse(readFileSync(join(process.cwd(), 'tests/gate/fixtures/expected.json'), 'utf8'));
writeFileSync(file, withMessageTable(readFileSync(file, 'utf8'), messageTable(expected)));
console.log('CONTRIBUTING.md: the table of check messages is up to date.');
