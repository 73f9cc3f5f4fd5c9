/**
 * Ranking for carers' questions. Pagefind only returns pages that contain every word it knows, so a
 * question with one word the answering page never uses ("I am worried about a colleague…") finds nothing.
 * The search page asks Pagefind about each word on its own and combines the scores: a page is ranked by
 * the sum of its scores for the words it contains, scaled by the share of the words it contains, so pages
 * with every word still come first, and a page that misses one word still appears.
 */

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
