import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedContent, contentInParallel, contentOf } from '../../../src/lib/content/cache.ts';
import { lists, page, siteOf } from './site.ts';

test('the content is read once per process; the gate reads it afresh, and the build then uses what the gate checked', async () => {
  const root = siteOf({ ...lists, 'content/handbook/a.mdx': page('title: A\npart: about\norder: 10') });
  try {
    const first = contentOf(root);
    assert.equal(contentOf(root), first, 'the same result, not read again');
    writeFileSync(join(root, 'content/handbook/b.mdx'), page('title: B\npart: about\norder: 20'));
    assert.equal(contentOf(root).pages.length, 1);
    const checked = await contentInParallel(`${root}/`);
    assert.equal(checked.pages.length, 2, 'the gate reads the files again');
    // From another working directory (astro build --root), the build's collections still get the gate's root.
    assert.deepEqual(checkedContent('/somewhere/else'), { root, site: checked });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
