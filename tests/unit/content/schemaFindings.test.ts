import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { says } from '../../../src/lib/content/problem.ts';
import { fieldsAt, fieldsOf, schemaFindings } from '../../../src/lib/content/schemaFindings.ts';
import { readYaml } from '../../../src/lib/content/yaml.ts';

const schema = z.strictObject({ title: z.string({ error: says('title is missing', 'add it.') }), summary: z.string().optional() });

test('a schema’s issue is a finding at its field’s line, with the schema’s own words or a suggestion', () => {
  const yaml = readYaml('\ntitel: A\nsummary: B\n');
  const result = schema.safeParse(yaml.value);
  assert.ok(!result.success);
  const found = schemaFindings(result.error, yaml, [], schema, 'pages');
  // A missing field has no line of its own: it is reported where the fields start.
  assert.deepEqual(found.map((f) => [f.line, f.what]).sort(), [
    [2, '"titel" is not a field pages can have'],
    [2, 'title is missing'],
  ]);
  assert.match(found.find((f) => f.what.startsWith('"titel"'))!.fix, /did you mean title/);
  assert.deepEqual(fieldsOf(schema), ['title', 'summary']);
});

test('a field named layout is refused with why: the build would run the file it names', () => {
  const yaml = readYaml('\ntitle: A\nlayout: ./x.astro\n');
  const result = schema.safeParse(yaml.value);
  assert.ok(!result.success);
  assert.match(schemaFindings(result.error, yaml, [], schema, 'pages')[0]!.fix, /run it as code/);
});

test('a field written wrong inside a list’s item is answered with that item’s fields', () => {
  const nested = z.strictObject({
    title: z.string(),
    changes: z
      .array(z.unknown())
      .max(5)
      .pipe(z.array(z.strictObject({ date: z.string(), summary: z.string() })))
      .optional(),
  });
  const yaml = readYaml('title: A\nchanges:\n  - date: x\n    sumary: y\n');
  const result = nested.safeParse(yaml.value);
  assert.ok(!result.success);
  const found = schemaFindings(result.error, yaml, [], nested, 'pages').find((f) => f.what.startsWith('"sumary"'))!;
  assert.deepEqual([found.line, found.what], [4, '"sumary" is not a field of changes.0 can have']);
  assert.match(found.fix, /did you mean summary/);
  assert.deepEqual(fieldsAt(nested, ['changes', 0]), ['date', 'summary']);
  assert.deepEqual(fieldsAt(nested, ['title']), [], 'text has no fields');
});
