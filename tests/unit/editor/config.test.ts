import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { editorSite } from '../../../scripts/lib/editor.ts';
import { dataFiles } from '../../../src/lib/content/lists.ts';
import { dataSchemas, pageSchemas } from '../../../src/lib/content/schemas.ts';
import { editorConfig, editorPatterns, fileNameField, pageFormat } from '../../../src/lib/editor/config.ts';
import { pageFieldWords, staffOnlyNote } from '../../../src/lib/editor/fieldWords.ts';
import { sourceKey, writePage } from '../../../src/lib/editor/fileFormat.ts';
import { documentTemplate, guideTemplate, sectionTemplate } from '../../../src/lib/scaffold.ts';
import { distOf } from '../../../scripts/lib/builtSite.ts';

const root = join(import.meta.dirname, '../../..');
const site = editorSite(root, distOf(root));
const { config } = editorConfig(site);
type Field = {
  name: string;
  label: string;
  widget?: string;
  required?: boolean;
  fields?: Field[];
  field?: Field;
  options?: unknown[];
  [key: string]: unknown;
};
const collections = config.collections as { name: string; fields?: Field[]; files?: { name: string; fields: Field[] }[] }[];
const pageFields = (name: string) => collections.find((c) => c.name === name)!.fields!;
const listFields = (name: string) => collections.find((c) => c.name === 'lists')!.files!.find((f) => f.name === name)!.fields[0].fields!;
const shapeOf = (schema: unknown) => Object.keys((schema as { shape: Record<string, unknown> }).shape);
const field = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;

test('every field of every schema has an editor field, and nothing else does', () => {
  const schemas = pageSchemas({ standardIds: [], partIds: [], handbookIds: [] });
  for (const collection of ['handbook', 'guides', 'documents'] as const) {
    assert.deepEqual(
      pageFields(collection)
        .map((f) => f.name)
        .sort(),
      // …and the line that shows the page's file name, which is never written into it (src/admin/fileName.ts),
      // and the file's own text, carried along unseen (fileFormat.ts).
      [...shapeOf(schemas[collection]), 'body', fileNameField, sourceKey].sort(),
      collection,
    );
  }
  for (const list of Object.keys(dataFiles) as (keyof typeof dataFiles)[]) {
    assert.deepEqual(
      listFields(list)
        .map((f) => f.name)
        .sort(),
      ['id', ...shapeOf(dataSchemas[list])].sort(),
      list,
    );
  }
});

test('a schema field with no words for staff stops the configuration, naming the field', () => {
  const words = pageFieldWords.reviewBy;
  delete pageFieldWords.reviewBy;
  try {
    assert.throws(() => editorConfig(site), /content\/handbook: the schema field "reviewBy" has no editor field/);
  } finally {
    pageFieldWords.reviewBy = words;
  }
});

test('required fields, lengths, list sizes, number ranges and dates come from the schema', () => {
  const handbook = pageFields('handbook');
  assert.equal(field(handbook, 'title').required, true);
  assert.equal(field(handbook, 'reviewBy').required, false);
  assert.equal(field(handbook, 'summary').maxlength, 220);
  assert.equal(field(field(handbook, 'changes').fields!, 'summary').maxlength, 200);
  assert.deepEqual([field(handbook, 'keyPoints').min, field(handbook, 'keyPoints').max], [2, 6]);
  assert.equal(field(handbook, 'changes').min, 1);
  assert.deepEqual([field(handbook, 'reviewEvery').min, field(handbook, 'reviewEvery').max], [1, 36]);
  assert.equal(field(pageFields('guides'), 'sources').min, 1);
  for (const name of ['reviewed', 'reviewBy'])
    assert.deepEqual(
      [field(handbook, name).widget, field(handbook, name).type, field(handbook, name).format],
      ['datetime', 'date', 'YYYY-MM-DD'],
    );
  assert.deepEqual(field(listFields('standards'), 'set').options, ['nms', 'regulations', 'tsd']);
  assert.equal(field(listFields('contacts'), 'email').type, 'email');
});

test('ids are offered as choices read from their own files', () => {
  const handbook = pageFields('handbook');
  const values = (f: Field) => (f.options as { value: string }[]).map((o) => o.value);
  assert.ok(values(field(handbook, 'standards')).includes('nms-5'));
  assert.ok(values(field(handbook, 'part')).includes('safeguarding'));
  assert.ok(values(field(handbook, 'related')).includes('missing-from-care'));
  assert.ok(values(field(listFields('contacts'), 'fallback')).includes('fostering-on-call'));
  assert.equal(field(handbook, 'standards').multiple, true);
});

test('fields for staff only say so', () => {
  assert.ok(field(pageFields('handbook'), 'source').label.endsWith(staffOnlyNote));
  assert.ok(field(listFields('standards'), 'verified').label.endsWith(staffOnlyNote));
  assert.ok(!field(pageFields('handbook'), 'title').label.includes(staffOnlyNote));
});

test('the patterns the editor checks accept and refuse what the schema does', () => {
  const phone = dataSchemas.contacts.shape.phone;
  for (const sample of ['024 7683 2828', '999', '+44 24 7683 2828', '024-7683', 'call us', ' 999', '07958 337681']) {
    assert.equal(new RegExp(editorPatterns.phone[0]).test(sample), phone.safeParse(sample).success, sample);
  }
  for (const sample of ['fostering-on-call', 'nms-4', 'Fostering', 'a--b', '-a'])
    assert.equal(new RegExp(editorPatterns.id[0]).test(sample), /^[a-z0-9]+(-[a-z0-9]+)*$/.test(sample), sample);
  // A title in words: a new page's file name is made from it.
  const title = pageSchemas({ standardIds: [], partIds: [], handbookIds: [] }).guides.shape.title;
  for (const sample of ['Missing from Care', '???', '“…”', '16+', 'É', '2026 review', '— –']) {
    assert.equal(new RegExp(editorPatterns.words[0]).test(sample), title.safeParse(sample).success, sample);
  }
  assert.equal(
    (field(pageFields('guides'), 'title').pattern as string[] | undefined)?.[0],
    editorPatterns.words[0],
    'the title field carries the pattern',
  );
});

test('a new page starts with the scaffold’s fields: today’s review, a first change, and for a guide its four headings', () => {
  const guides = pageFields('guides');
  assert.equal(field(guides, 'reviewed').default, '{{today}}');
  assert.deepEqual(field(guides, 'changes').default, [{ date: '{{today}}', summary: 'First published.' }]);
  assert.match(
    String(field(guides, 'body').default),
    /## What is it\?[\s\S]*## Why does it matter\?[\s\S]*## What do I need to do\?[\s\S]*## Where can I find out more\?/,
  );
});

test('a new page’s frontmatter, as the editor starts it and the file format writes it, is what npm run new writes for the same title', () => {
  const { config: generated, formats, todayMark } = editorConfig(site);
  const day = '2026-12-07';
  const today = new Date(`${day}T00:00:00Z`);
  const title = 'Carers’ Rights & Duties: at 18';
  const frontmatterOf = (text: string) => /^---\n[\s\S]*?\n---\n/.exec(text)![0];
  const made = {
    handbook: { chosen: { part: 'support', order: 20 }, text: sectionTemplate({ title, part: 'support', order: 20, today }) },
    guides: {
      chosen: { sources: ['activities'] },
      text: guideTemplate({ title, source: { id: 'activities', title: 'Activities' }, today }),
    },
    documents: { chosen: { order: 40 }, text: documentTemplate({ title, order: 40, today }) },
  };
  for (const [collection, { chosen, text }] of Object.entries(made)) {
    const fields = (generated.collections as { name: string; fields?: Field[] }[]).find((c) => c.name === collection)!.fields!;
    // The entry Sveltia starts: each field's default, today's date filled in, empty lists left out (as Sveltia leaves them).
    const entry: Record<string, unknown> = {};
    for (const f of fields)
      if ('default' in f && !(Array.isArray(f.default) && f.default.length === 0))
        entry[f.name] = JSON.parse(JSON.stringify(f.default).replaceAll(todayMark, day));
    const written = writePage({ ...entry, title, ...chosen }, formats[pageFormat].defaults);
    assert.equal(frontmatterOf(written), frontmatterOf(text), collection);
  }
});

test('the review fields’ hints give the council’s usual interval (reviewEveryMonths in content/site.yaml)', () => {
  const hints = (generated: ReturnType<typeof editorConfig>) => {
    const fields = (generated.config.collections as { name: string; fields?: Field[] }[]).find((c) => c.name === 'handbook')!.fields!;
    return [field(fields, 'reviewEvery').hint, field(fields, 'reviewBy').hint];
  };
  assert.deepEqual(hints(editorConfig(site)), [
    'Optional: how many months between reviews, if not the usual 12 months.',
    'Optional: the day the page must be reviewed again, if not 12 months after it was last reviewed.',
  ]);
  assert.match(String(hints(editorConfig({ ...site, reviewEveryMonths: 6 }))[0]), /if not the usual 6 months\.$/);
});
