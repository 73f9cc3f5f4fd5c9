import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readList, readPage, sourceKey, writeList, writePage, listKey } from '../../../src/lib/editor/fileFormat.ts';
import { lineDiff } from '../../lineDiff.ts';

const root = join(import.meta.dirname, '../../..');
const pages = ['handbook', 'guides', 'documents'].flatMap((folder) =>
  readdirSync(join(root, 'content', folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/${folder}/${name}`),
);
// The lists the editor edits; content/site.yaml (the web team's settings, one set of fields) is not one.
const lists = readdirSync(join(root, 'content'))
  .filter((name) => name.endsWith('.yaml') && name !== 'site.yaml')
  .map((name) => `content/${name}`);
const read = (file: string) => readFileSync(join(root, file), 'utf8');

test('every page and list is written back byte for byte when nothing is edited', () => {
  for (const file of pages) assert.equal(writePage(readPage(read(file))), read(file), file);
  for (const file of lists) assert.equal(writeList(readList(read(file))), read(file), file);
  assert.ok(pages.length > 50 && lists.length >= 5);
});

test('editing one field of a page changes only that field’s line', () => {
  const text = read('content/handbook/missing-from-care.mdx');
  const data = readPage(text);
  const edited = writePage({ ...data, summary: 'A new summary.' });
  assert.deepEqual(lineDiff(text, edited), { removed: [`summary: ${String(data.summary)}`], added: ['summary: A new summary.'] });
  const standards = [...(data.standards as string[]), 'nms-1'];
  const diff = lineDiff(text, writePage({ ...data, standards }));
  assert.equal(diff.removed.length, 1);
  assert.match(diff.added.join('\n'), /nms-1/);
  assert.equal(diff.added.length, 1, 'a list written [a, b] stays on its line');
});

test('a change added at the top of changes adds only its lines; a body edit leaves the frontmatter alone', () => {
  const text = read('content/guides/missing-from-care.mdx');
  const data = readPage(text);
  const changes = [{ date: '2026-12-01', summary: 'Says more.' }, ...(data.changes as object[])];
  const diff = lineDiff(text, writePage({ ...data, changes }));
  assert.deepEqual(diff.removed, []);
  assert.deepEqual(diff.added, ['  - date: 2026-12-01', '    summary: Says more.']);
  const body = String(data.body).replace(/\n$/, '') + '\n\nOne more paragraph.';
  const bodyDiff = lineDiff(text, writePage({ ...data, body }));
  assert.deepEqual(bodyDiff.removed, []);
  assert.deepEqual(bodyDiff.added.sort(), ['', 'One more paragraph.']);
});

test('fields the editor fills with their defaults or leaves empty add nothing, and a cleared field goes', () => {
  const text = read('content/contacts.yaml');
  const data = readList(text);
  const entries = (data[listKey] as Record<string, unknown>[]).map((entry) => ({
    urgent: false,
    officeHoursLine: false,
    checkMentions: true,
    aliases: [],
    note: '',
    ...entry,
  }));
  assert.equal(writeList({ ...data, [listKey]: entries }, { urgent: false, officeHoursLine: false, checkMentions: true }), text);
  const withoutHours = entries.map((entry, index) => (index === 1 ? { ...entry, hours: '' } : entry));
  const diff = lineDiff(
    text,
    writeList({ ...data, [listKey]: withoutHours }, { urgent: false, officeHoursLine: false, checkMentions: true }),
  );
  assert.equal(diff.removed.length, 1);
  assert.match(diff.removed[0], /^ {2}hours: /);
  assert.deepEqual(diff.added, []);
});

test('comments in a list survive an edit next to them', () => {
  const text = read('content/contacts.yaml');
  const data = readList(text);
  const entries = structuredClone(data[listKey]) as Record<string, unknown>[];
  const service = entries.find((entry) => entry.id === 'fostering-service')!;
  service.purpose = 'Your first contact.';
  const edited = writeList({ ...data, [listKey]: entries });
  assert.equal(lineDiff(text, edited).added.join('\n'), '  purpose: Your first contact.');
  assert.ok(edited.includes('# Two documents: the Statement of Purpose'));
});

test('a new page and a new list are written in the handbook’s style', () => {
  const page = writePage({
    title: 'Bedtimes',
    summary: 'When children go to bed.',
    standards: [],
    related: ['health'],
    reviewed: '2026-12-01',
    changes: [{ date: '2026-12-01', summary: 'First published.' }],
    body: '## Bedtime\n\nText.\n',
  });
  assert.equal(
    page,
    '---\ntitle: Bedtimes\nsummary: When children go to bed.\nstandards: []\nrelated: [health]\nreviewed: 2026-12-01\nchanges:\n  - date: 2026-12-01\n    summary: First published.\n---\n\n## Bedtime\n\nText.\n',
  );
  assert.equal(readPage(page)[sourceKey], page);
  assert.equal(writeList({ [listKey]: [{ id: 'a', term: 'A' }] }), '- id: a\n  term: A\n');
});
