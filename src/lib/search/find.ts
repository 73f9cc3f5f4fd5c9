/**
 * The search itself, on Pagefind's JavaScript API (or anything of the same shape, as the unit tests use):
 * the query's words searched for, ranked, and corrected when the handbook never uses a word typed.
 *
 * One Pagefind search per word: a query of one word is one search; a question of several words is one
 * search per word, ranked together (see ranking.ts), because Pagefind on its own would only find pages
 * with every word. A word the handbook never uses finds nothing of its own (Pagefind matches its first
 * few letters: "safe" for "safegaurding"). When its correction is sure, the corrected query is searched
 * instead, and the page says so. When it is not, the other words are searched and the correction is
 * offered ("Did you mean …?"), unless they find nothing, when the corrected query is searched after all.
 */
import { corrections, correctQuery, isKnown } from './corrections.ts';
import { pagefindFilters, questionWords, termsOf, type SearchState } from './query.ts';
import { combineWordResults } from './ranking.ts';
import type { PagefindFragment } from './results.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

type Filters = Record<string, unknown>;

/** The parts of Pagefind's API the search page uses. */
export interface Pagefind {
  search(term: string | null, options: { filters: Filters }): Promise<{ results: PagefindResult[] }>;
  preload(term: string, options?: { filters: Filters }): Promise<void>;
}

export interface Found {
  /** Best first. */
  results: PagefindResult[];
  /** The words the results were found by, to mark in excerpts. */
  terms: string[];
  /** When the query as typed found nothing: the corrected query that the results are for. */
  corrected?: string;
  /**
   * When the query as typed found pages but the vocabulary suggests another (a word the handbook never
   * uses, or two words it writes as one): that query, offered.
   */
  suggestion?: string;
  /**
   * Words searched for that no page uses, nor any carers' word the search knows for something a page says
   * ("uniform" in "who pays for school uniform"): the pages found are about the other words, so the
   * handbook may well not cover what was asked (see mayNotCover).
   */
  unmatched: string[];
}

interface WordResults {
  results: PagefindResult[];
  unmatched: string[];
}

/** Every result for the words, best first: one search per word, scores combined; and the words that found nothing. */
export async function searchWords(pagefind: Pagefind, terms: readonly string[], filters: Filters): Promise<WordResults> {
  if (terms.length === 0) return { results: [], unmatched: [] };
  const responses = await Promise.all(terms.map(async (term) => (await pagefind.search(term, { filters })).results));
  const unmatched = terms.filter((_, at) => responses[at].length === 0);
  if (responses.length === 1) return { results: responses[0], unmatched };
  const byId = new Map(responses.flat().map((result) => [result.id, result]));
  return { results: combineWordResults(responses).map(({ id, score }) => ({ id, score, data: byId.get(id)!.data })), unmatched };
}

/**
 * Whether to say "the handbook may not cover this" rather than present the pages found as answers: nothing
 * was found, or a word asked about is in no page (the pages found only share the other words). Not for a
 * search with filters, whose pages may simply be filtered out, nor one with no words.
 */
export function mayNotCover(found: Found, filtered: boolean): boolean {
  if (filtered || found.terms.length === 0) return false;
  return found.results.length === 0 || found.unmatched.length > 0;
}

/**
 * The pages for a search, best first, with any correction made or offered (see corrections.ts), and the
 * words searched for that the handbook never uses: Pagefind finds nothing for them, or only pages with
 * their first few letters ("uni" for "uniform"), so the vocabulary says which they are.
 */
export async function findPages(pagefind: Pagefind, state: SearchState, vocabulary?: Vocabulary): Promise<Found> {
  const found = await findPagesAsTyped(pagefind, state, vocabulary);
  const unknown = vocabulary ? found.terms.filter((term) => !isKnown(term, vocabulary)) : [];
  return { ...found, unmatched: [...new Set([...found.unmatched, ...unknown])] };
}

async function findPagesAsTyped(pagefind: Pagefind, state: SearchState, vocabulary?: Vocabulary): Promise<Found> {
  const filters = pagefindFilters(state);
  const terms = termsOf(state.q);
  if (terms.length === 0) return { results: (await pagefind.search(null, { filters })).results, terms, unmatched: [] };
  const fixes = vocabulary ? corrections(terms, vocabulary) : [];
  const fixed = correctQuery(state.q, fixes);
  if (fixed === state.q) return { ...(await searchWords(pagefind, terms, filters)), terms };
  if (!fixes.some((fix) => fix.sure)) {
    const known = terms.filter((term) => !fixes.some((fix) => fix.from === term));
    const found = await searchWords(pagefind, known, filters);
    if (found.results.length > 0) return { ...found, terms: known, suggestion: fixed };
  }
  const corrected = termsOf(fixed);
  return { ...(await searchWords(pagefind, corrected, filters)), terms: corrected, corrected: fixed };
}

/**
 * Fetches, while the reader is still typing, the index chunks the search will need: for the words typed
 * so far and for their corrections. Not for a letter or two, nor for question words ("who do I…"): each
 * would fetch a chunk of the index the search may never use.
 */
export function preloadFor(pagefind: Pagefind, query: string, vocabulary?: Vocabulary): void {
  const terms = termsOf(query);
  const fixes = vocabulary ? corrections(terms, vocabulary) : [];
  const words = [...new Set([...terms, ...termsOf(correctQuery(query, fixes))])].filter(
    (word) => word.length >= 3 && !questionWords.has(word),
  );
  if (words.length > 0) void pagefind.preload(words.join(' '));
}
