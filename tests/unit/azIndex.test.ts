import { test } from 'node:test';
import assert from 'node:assert/strict';
import { azEntries, glossaryHref } from '../../src/lib/azIndex.ts';

test('pages, glossary terms and their other names are all entries; repeats are listed once', () => {
  const entries = azEntries(
    [
      { title: 'Allegations', href: '/handbook/allegations/', kind: 'Handbook section' },
      { title: 'Allegations', href: '/guides/allegations/', kind: 'One Minute Guide' },
    ],
    [{ id: 'lac', term: 'LAC', expansion: 'Looked After Child', alsoKnownAs: ['CLA', 'cla', 'LAC'] }],
  );
  assert.deepEqual(
    entries.map((entry) => `${entry.title} ${entry.href} ${entry.note ?? ''}`.trim()),
    [
      'Allegations /handbook/allegations/',
      'Allegations /guides/allegations/',
      'LAC /glossary/#lac Looked After Child',
      'CLA /glossary/#lac see LAC',
    ],
  );
  assert.equal(glossaryHref('ssw'), '/glossary/#ssw');
});
