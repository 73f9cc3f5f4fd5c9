/** The table of check messages in CONTRIBUTING.md, made from the bad-content corpus. */
import type { Expectation } from './site.ts';

export const tableStart = '<!-- check-messages: made by npm run docs:messages from tests/gate/fixtures; do not edit by hand -->';
export const tableEnd = '<!-- end of check-messages -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/`/g, 'ʼ');
/** A mistake as table text: tags written out, so GitHub shows <meta> rather than treating it as HTML. */
export const mistakeCell = (mistake: string) => cell(mistake).replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function messageTable(expectations: Record<string, Expectation>): string {
  const rows = Object.values(expectations)
    .filter((expect) => expect.message)
    .sort((a, b) => a.mistake.localeCompare(b.mistake))
    .map((expect) => `| ${mistakeCell(expect.mistake)} | \`${cell(`${expect.file}${expect.line === undefined ? '' : `:${expect.line}`} - ${expect.message}`)}\` |`);
  return [tableStart, '', '| The mistake | What the check and the build print (the start of it) |', '| --- | --- |', ...rows, '', tableEnd].join('\n');
}

/** The document with its table replaced (between the two markers). */
export function withMessageTable(document: string, table: string): string {
  const start = document.indexOf(tableStart);
  const end = document.indexOf(tableEnd);
  if (start === -1 || end === -1) throw new Error(`CONTRIBUTING.md has no "${tableStart}" … "${tableEnd}" markers`);
  return `${document.slice(0, start)}${table}${document.slice(end + tableEnd.length)}`;
}
