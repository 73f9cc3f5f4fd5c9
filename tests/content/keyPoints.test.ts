/**
 * Key points first: every handbook page opens with its key points, each restating what that page's own
 * body says (the content rule in src/lib/content/rules/keyPoints.ts, which the build enforces), and the
 * built page shows them before its first section, inside the article that search indexes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { keyPointSupport, pageSections } from '../../src/lib/content/rules/keyPoints.ts';
import { builtPages, normalise, plainText, readPage } from '../../scripts/lib/builtSite.ts';
import { contentFile, contentFiles } from './site.ts';

const pages = contentFiles('handbook');
function keyPointsOf(path: string): string[] {
  const points = contentFile(path).data.keyPoints;
  assert.ok(Array.isArray(points), 'keyPoints is not a list');
  return points.map(String);
}

// That every point is backed by its page is a content rule (src/lib/content/rules/keyPoints.ts): the
// build refuses a page whose point is not. Here, that the rule catches what it must on real pages.
test('a point the page does not make is caught on real pages', () => {
  const page = (id: string) => pageSections(parseMdx(contentFile(pages.find((p) => p.id === id)!.path).body));
  const missing = page('missing-from-care');
  for (const invented of [
    'If a child is missing, ring the Emergency Duty Team.',
    'Ring the police if the child is not back within 24 hours.',
    'A Coventry City Council professional interviews the child within 24 hours of their return.',
  ]) {
    assert.equal(keyPointSupport(invented, missing).backed, false, invented);
  }
  // "£5 a week" is what the issue found in a guide: the handbook page says only that £5 is deducted.
  assert.equal(keyPointSupport('£5 a week is deducted from every fostering allowance for savings.', page('financial-matters')).backed, false);
});

test('every built handbook page shows its key points first, inside the article search indexes', () => {
  const built = new Map(builtPages().map((p) => [p.path, p.file]));
  for (const { id, path } of pages) {
    const file = built.get(`/handbook/${id}/`);
    assert.ok(file, `/handbook/${id}/ was not built`);
    const article = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/article>/.exec(readPage(file))?.[1] ?? '';
    // An urgent page opens with "What to do now" (src/components/UrgentSteps), then its key points.
    const sections = [...article.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => plainText(m[1]));
    const first = sections[0] === 'What to do now' ? sections[1] : sections[0];
    assert.equal(first, 'Key points', `/handbook/${id}/: the first h2 in the article (after any "What to do now") is not "Key points"`);
    const box = /<section\b[^>]*aria-labelledby="key-points-heading"[^>]*>([\s\S]*?)<\/section>/.exec(article)?.[1] ?? '';
    // Each point as written; after a point that tells carers to contact someone, the way to reach them (tests/content/instructions.test.ts).
    const shown = [...box.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => plainText(m[1].replace(/<span class="contact-ways"[\s\S]*$/, '')));
    assert.deepEqual(shown, keyPointsOf(path).map(normalise), `/handbook/${id}/ does not show its key points`);
  }
});
