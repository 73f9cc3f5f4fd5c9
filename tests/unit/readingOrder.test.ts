import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentsByPart, neighbours, partOrder, readingOrder } from '../../src/lib/readingOrder.ts';

const parts = [
  { id: 'safeguarding', order: 2, title: 'Keeping children safe' },
  { id: 'about', order: 1, title: 'About the handbook' },
  { id: 'moving-on', order: 3, title: 'Moving on' },
];
const sections = [
  { id: 'allegations', title: 'Allegations', part: 'safeguarding', order: 20 },
  { id: 'welcome', title: 'Welcome', part: 'about', order: 10 },
  { id: 'child-protection', title: 'Child protection', part: 'safeguarding', order: 10 },
  { id: 'copyright', title: 'Copyright', part: 'about', order: 20 },
  { id: 'bullying', title: 'Bullying', part: 'safeguarding', order: 20 },
];

test('parts come in their order', () => {
  assert.deepEqual(
    partOrder(parts).map((p) => p.id),
    ['about', 'safeguarding', 'moving-on'],
  );
});

test('reading order is part order, then page order, then title for ties', () => {
  assert.deepEqual(
    readingOrder(sections, parts).map((s) => s.id),
    ['welcome', 'copyright', 'child-protection', 'allegations', 'bullying'],
  );
});

test('a page in an unknown part goes last rather than disappearing', () => {
  const stray = { id: 'stray', title: 'Stray', part: 'nowhere', order: 1 };
  assert.equal(readingOrder([stray, ...sections], parts).at(-1)?.id, 'stray');
});

test('contents lists every part in order, empty parts included', () => {
  const contents = contentsByPart(parts, sections);
  assert.deepEqual(
    contents.map((c) => [c.part.id, c.sections.map((s) => s.id)]),
    [
      ['about', ['welcome', 'copyright']],
      ['safeguarding', ['child-protection', 'allegations', 'bullying']],
      ['moving-on', []],
    ],
  );
});

test('previous and next follow reading order across parts', () => {
  const ordered = readingOrder(sections, parts);
  assert.deepEqual(
    { previous: neighbours(ordered, 'child-protection').previous?.id, next: neighbours(ordered, 'child-protection').next?.id },
    { previous: 'copyright', next: 'allegations' },
  );
  assert.equal(neighbours(ordered, 'welcome').previous, undefined);
  assert.equal(neighbours(ordered, 'bullying').next, undefined);
  assert.deepEqual(neighbours(ordered, 'missing'), {});
});
