import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasFields, searchTypeLabel, searchTypeOf, searchTypes } from '../../../src/lib/search/indexFields.ts';
import { pagefindOptions } from '../../../src/lib/search/ranking.ts';

test('content types as the search filters name them', () => {
  assert.equal(searchTypeOf('handbook', 'statement-of-purpose'), 'handbook');
  assert.equal(searchTypeOf('guides', 'money'), 'guide');
  assert.equal(searchTypeOf('documents', 'statement-of-purpose'), 'statement-of-purpose');
  assert.equal(searchTypeOf('documents', 'foster-carers-charter'), 'charter-and-strategy');
  assert.equal(searchTypeOf('documents', 'support-strategy'), 'charter-and-strategy');
  assert.deepEqual(searchTypes.map((t) => searchTypeLabel(t.id)), searchTypes.map((t) => t.label));
});

test('every alias field is weighted in the search page’s ranking', () => {
  for (const field of Object.values(aliasFields)) assert.ok(field in pagefindOptions.ranking.metaWeights, field);
});
