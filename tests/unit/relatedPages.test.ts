import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guidesFor, relatedSectionIds } from '../../src/lib/relatedPages.ts';

test('related pages work both ways and never list the page itself', () => {
  const sections = [
    { id: 'allegations', related: ['complaints', 'allegations'] },
    { id: 'complaints', related: [] },
    { id: 'missing', related: ['allegations'] },
  ];
  assert.deepEqual(relatedSectionIds('allegations', sections), ['complaints', 'missing']);
  assert.deepEqual(relatedSectionIds('complaints', sections), ['allegations']);
});

test('guides are listed on the sections they summarise', () => {
  const guides = [
    { id: 'g1', sources: ['missing', 'allegations'] },
    { id: 'g2', sources: ['recording'] },
  ];
  assert.deepEqual(
    guidesFor('missing', guides).map((g) => g.id),
    ['g1'],
  );
  assert.deepEqual(guidesFor('transport', guides), []);
});

test("back-links are capped; the page's own choices always show, first", () => {
  const sections = [
    { id: 'popular', related: ['own'] },
    { id: 'own', related: [] },
    ...['a', 'b', 'c', 'd'].map((id) => ({ id, related: ['popular'] })),
  ];
  assert.deepEqual(relatedSectionIds('popular', sections, 3), ['own', 'a', 'b']);
  assert.deepEqual(relatedSectionIds('popular', sections, 1), ['own']);
  assert.deepEqual(relatedSectionIds('popular', sections, 0), ['own'], 'own choices are never dropped');
});
