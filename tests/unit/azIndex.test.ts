import { test } from 'node:test';
import assert from 'node:assert/strict';
import { azIndex, initialOf } from '../../src/lib/azIndex.ts';

test('A to Z: grouped by initial, "The" ignored, numbers first, repeats dropped', () => {
  const e = (label: string, href = `/${label}/`) => ({ label, href, kind: 'Page' });
  const letters = azIndex([e('Transport'), e('The Charter'), e('allegations'), e('24/7 line'), e('Allegations', '/guides/allegations/'), e('allegations')]);
  assert.deepEqual(letters.map((l) => l.letter), ['0-9', 'A', 'C', 'T']);
  assert.deepEqual(letters[1].entries.map((x) => x.label), ['allegations', 'Allegations']);
  assert.equal(initialOf('‘Quoted’'), 'Q');
});
