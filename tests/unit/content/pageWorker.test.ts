/** The pipeline's worker threads (pageWorker.ts), through readContentInParallel, which starts them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { readContent, readContentInParallel } from '../../../src/lib/content/pipeline.ts';
import { lists, page, siteOf } from './site.ts';

const today = new Date('2026-11-22T00:00:00Z');

test('shared between threads, the pipeline finds the same problems in the same order', async () => {
  const files: Record<string, string> = { ...lists };
  // Enough pages that the threads are used, with a mistake in some and a link between two.
  for (let i = 0; i < 320; i++) files[`content/handbook/p${i}.mdx`] = page(`title: P${i}\npart: about\norder: ${i}`, i % 50 === 0 ? '\n[Next](/handbook/missing/)\n' : i === 7 ? '\n[Eight](/handbook/p8/#nowhere)\n' : '\nText.\n');
  const root = siteOf(files);
  try {
    const one = readContent(root, { today });
    const shared = await readContentInParallel(root, { today });
    assert.ok(one.problems.length >= 8);
    assert.deepEqual(shared.problems, one.problems);
    assert.deepEqual(shared.pages.map((p) => p.file), one.pages.map((p) => p.file));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
