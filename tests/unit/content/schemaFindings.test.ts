import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { says } from '../../../src/lib/content/problem.ts';
import { fieldsOf, schemaFindings } from '../../../src/lib/content/schemaFindings.ts';
import { readYaml } from '../../../src/lib/content/yaml.ts';

const schema = z.strictObject({ title: z.string({ error: says('title is missing', 'add it.') }), summary: z.string().optional() });

test('a schema’s issue is a finding at its field’s line, with the schema’s own words or a suggestion', () => {
  const yaml = readYaml('\ntitel: A\nsummary: B\n');
  const result = schema.safeParse(yaml.value);
  assert.ok(!result.success);
  const found = schemaFindings(result.error, yaml, [], fieldsOf(schema), 'pages');
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
  assert.match(schemaFindings(result.error, yaml, [], fieldsOf(schema), 'pages')[0]!.fix, /run it as code/);
});
