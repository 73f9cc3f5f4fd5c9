import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onPageContents } from '../../src/lib/onPageContents.ts';

test('on-page contents appear only with three or more h2 headings', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });
  assert.deepEqual(onPageContents([h(2, 'A'), h(3, 'a1'), h(2, 'B')]), []);
  assert.deepEqual(
    onPageContents([h(2, 'A'), h(3, 'a1'), h(2, 'B'), h(2, 'C')]).map((x) => x.text),
    ['A', 'B', 'C'],
  );
});
