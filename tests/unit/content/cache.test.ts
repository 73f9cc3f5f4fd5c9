import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentOf } from '../../../src/lib/content/cache.ts';
import { lists, page, siteOf } from './site.ts';

test('the content is read once per process, and again when asked to read it fresh', () => {
  const root = siteOf({ ...lists, 'content/handbook/a.mdx': page('title: A\npart: about\norder: 10') });
  try {
    const first = contentOf(root);
    assert.equal(contentOf(root), first, 'the same result, not read again');
    writeFileSync(join(root, 'content/handbook/b.mdx'), page('title: B\npart: about\norder: 20'));
    assert.equal(contentOf(root).pages.length, 1);
    assert.equal(contentOf(root, { fresh: true }).pages.length, 2);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
