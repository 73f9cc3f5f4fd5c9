/**
 * Ranking for carers' questions. Pagefind only returns pages that contain every word it knows, so a
 * question with one word the answering page never uses ("I am worried about a colleague…") finds nothing,
 * and "write in the daily record" misses the recording guide, which never says "write". So for a query of
 * several words the search page asks Pagefind about each word on its own and combines the scores: a page
 * is ranked by the sum of its scores for the words it contains, scaled by the share of the words it
 * contains, so pages with every word still come first, and a page that misses one word still appears.
 */
import { aliasFields, phraseField } from './aliasFields.ts';

export interface Scored {
  id: string;
  score: number;
}

/** Combined ranking, best first. `perWord` holds Pagefind's results for each word searched on its own. */
export function combineWordResults(perWord: readonly (readonly Scored[])[]): Scored[] {
  const words = perWord.length;
  if (words === 0) return [];
  const totals = new Map<string, { sum: number; matched: number }>();
  for (const results of perWord) {
    for (const { id, score } of results) {
      const total = totals.get(id) ?? { sum: 0, matched: 0 };
      total.sum += score;
      total.matched += 1;
      totals.set(id, total);
    }
  }
  return [...totals.entries()]
    .map(([id, { sum, matched }]) => ({ id, score: sum * (matched / words) ** coverageStrength }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** How strongly missing words count against a page (0: not at all; higher: pages need every word). */
export const coverageStrength = 2;

/**
 * How many of the results (best first) are close enough to the best to show straight away: every result
 * scoring at least `closeness` of the best, at least one, at most `most`. The rest are weaker matches
 * (a passing mention), shown only when the reader asks for more.
 */
export function closeToBest(scores: readonly number[], most: number, closeness = 0.25): number {
  if (scores.length === 0) return 0;
  const bar = scores[0] * closeness;
  const close = scores.findIndex((score) => score < bar);
  return Math.max(1, Math.min(most, close === -1 ? scores.length : close));
}

/**
 * Pagefind's options, tuned on the carers' questions in tests/search/questions.yaml: Pagefind's own
 * ranking, with the search aliases (see SearchIndexData) weighted by where the page says the thing they
 * stand for, and the carers' phrases (read back to lift a page, see find.ts), the content type and part
 * names (metadata for display) not searched.
 */
export const pagefindOptions = {
  ranking: {
    metaWeights: {
      title: 5,
      [aliasFields[3]]: 5,
      [aliasFields[2]]: 2,
      [aliasFields[1]]: 0.5,
      [phraseField]: 0,
      summary: 0,
      type: 0,
      part: 0,
    },
  },
};
