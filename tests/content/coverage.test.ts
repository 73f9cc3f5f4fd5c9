/**
 * Nothing is dropped: every section of the Handbook (000), the Support Strategy (001), the Statement of
 * Purpose (002) and the Charter (003) has a distinctive passage (tests/content/passages/*.json) that is in
 * that section of the seed AND on the built site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, mainOf, normalise, readableText, readPage } from '../../scripts/lib/builtSite.ts';
import { inventory, repoRoot, seedLines } from './site.ts';

interface Passage {
  seed: string;
  section: string;
  passage: string;
}

const passageDir = join(repoRoot, 'tests/content/passages');
const passages: (Passage & { file: string })[] = readdirSync(passageDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(passageDir, file), 'utf8')) as Passage[]).map((p) => ({ ...p, file })));

const seeds = ['000', '001', '002', '003'];
const sections = seeds.flatMap((seed) => inventory().documents[seed].sections.map((s) => ({ seed, ...s })));
const siteText = builtPages().map(({ path, file }) => ({ path, text: readableText(mainOf(readPage(file))) }));

test('the inventory has the sections the seeds are known to have', () => {
  assert.deepEqual(
    seeds.map((seed) => sections.filter((s) => s.seed === seed).length),
    [69, 15, 16, 6],
  );
});

test('every inventory section of seeds 000-003 has a passage', () => {
  const missing = sections.filter((s) => !passages.some((p) => p.seed === s.seed && p.section === s.id));
  assert.deepEqual(missing.map((s) => `${s.seed} ${s.id}`), []);
});

test('every passage names a real section and is 8 to 25 words', () => {
  for (const p of passages) {
    assert.ok(sections.some((s) => s.seed === p.seed && s.id === p.section), `${p.file}: no section ${p.seed} ${p.section}`);
    const words = normalise(p.passage).split(' ').length;
    assert.ok(words >= 8 && words <= 25, `${p.file}: the passage for ${p.section} has ${words} words: "${p.passage}"`);
  }
});

for (const section of sections) {
  test(`${section.seed} ${section.id}: its passage is in the seed section and on the site`, () => {
    const mine = passages.filter((p) => p.seed === section.seed && p.section === section.id);
    assert.ok(mine.length > 0, `no passage for ${section.seed} ${section.id}`);
    const lines = seedLines(section.seed);
    const seedText = normalise(lines.slice(section.startLine - 1, section.endLine).join('\n'));
    for (const p of mine) {
      const passage = normalise(p.passage);
      assert.ok(seedText.includes(passage), `${p.file}: "${p.passage}" is not in seed ${section.seed} lines ${section.startLine}-${section.endLine}`);
      const pages = siteText.filter((page) => page.text.includes(passage)).map((page) => page.path);
      assert.ok(pages.length > 0, `${p.file}: "${p.passage}" (seed ${section.seed} ${section.id}) is on no built page`);
    }
  });
}
