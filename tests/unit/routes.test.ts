import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTypeLabels, contentTypes, pageUrl, standardUrl } from '../../src/lib/routes.ts';

test('every kind of content page has its address and its names', () => {
  assert.deepEqual([...contentTypes], ['handbook', 'guides', 'documents']);
  for (const type of contentTypes) assert.ok(contentTypeLabels[type].one && contentTypeLabels[type].many);
  assert.equal(pageUrl('guides', 'money'), '/guides/money/');
  assert.equal(standardUrl('nms-4'), '/standards/nms-4/');
});
