import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byLetter, filingKey, initialOf, letterLinks } from '../../src/lib/letterIndex.ts';

const label = (entry: { label: string }) => entry.label;
const e = (text: string) => ({ label: text });

test('filed under the first letter, ignoring case, leading quotes and "The"; anything else under 0-9', () => {
  assert.equal(initialOf('advocate'), 'A');
  assert.equal(initialOf('‘Skills to Foster’'), 'S');
  assert.equal(initialOf('The Fostering Network'), 'F');
  assert.equal(initialOf('Theraplay'), 'T', 'only "The" as a word is ignored');
  assert.equal(initialOf('24/7 duty line'), '0-9');
  assert.equal(filingKey('“The Charter”'), 'Charter”');
});

test('groups come in letter order with numbers first; entries in filing order, ties kept in the given order', () => {
  const groups = byLetter(
    [e('Transport'), e('The Charter'), e('allegations'), e('24/7 line'), e('Allegations'), e('SSW'), e('advocate')],
    label,
    (a, b) => a.label.localeCompare(b.label),
  );
  assert.deepEqual(
    groups.map((g) => g.letter),
    ['0-9', 'A', 'C', 'S', 'T'],
  );
  assert.deepEqual(
    groups[1].entries.map((x) => x.label),
    ['advocate', 'allegations', 'Allegations'],
  );
  assert.deepEqual(
    groups.map((g) => g.id),
    ['letter-0-9', 'letter-a', 'letter-c', 'letter-s', 'letter-t'],
  );
});

test('letter links: every letter A to Z, linked where something is filed; 0-9 only when used', () => {
  const links = letterLinks(byLetter([e('Advocate'), e('SSW')], label));
  assert.equal(links.length, 26);
  assert.deepEqual(
    links.filter((l) => l.id).map((l) => l.letter),
    ['A', 'S'],
  );
  assert.equal(letterLinks(byLetter([e('24/7')], label))[0].letter, '0-9');
});
