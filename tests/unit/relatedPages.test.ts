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

test('related pages are what a search of every section finds, for 2,000 generated handbooks', () => {
  // The first way back-links were found: every section searched for each page.
  const bySearch = (id: string, sections: readonly { id: string; related: readonly string[] }[], limit: number) => {
    const own = [...new Set(sections.find((s) => s.id === id)?.related ?? [])].filter((other) => other !== id);
    const pointingHere = sections.filter((s) => s.id !== id && s.related.includes(id) && !own.includes(s.id)).map((s) => s.id);
    return [...own, ...pointingHere.slice(0, Math.max(0, limit - own.length))];
  };
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 48_271) % 2_147_483_647), seed % n);
  for (let i = 0; i < 2_000; i++) {
    const ids = Array.from({ length: 1 + random(8) }, (_, n) => `s${n}`);
    const sections = ids.map((id) => ({ id, related: Array.from({ length: random(4) }, () => `s${random(ids.length + 1)}`) }));
    const limit = random(6);
    for (const id of [...ids, 'missing'])
      assert.deepEqual(relatedSectionIds(id, sections, limit), bySearch(id, sections, limit), JSON.stringify({ id, sections, limit }));
  }
});
