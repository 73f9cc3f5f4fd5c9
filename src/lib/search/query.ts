/**
 * Query parsing: the search page's state, its URL, and the words and filters sent to Pagefind, in one
 * place so the words typed, the URL and the query sent to the index always agree.
 */

/** What the reader asked for. Kept in the URL (?q=…&type=…&part=…&standard=…) so links and back work. */
export interface SearchState {
  q: string;
  /** Content types (any of them). */
  type: string[];
  /** One part of the handbook, or '' for all. */
  part: string;
  /** One standard or regulation id, or '' for all. */
  standard: string;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    type: params.getAll('type').filter(Boolean),
    part: params.get('part') ?? '',
    standard: params.get('standard') ?? '',
  };
}

/** The query string for a state, with empty parts left out, so shared links stay short and readable. */
export function paramsFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const type of state.type) params.append('type', type);
  if (state.part) params.set('part', state.part);
  if (state.standard) params.set('standard', state.standard);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return state.type.length > 0 || state.part !== '' || state.standard !== '';
}

/** Pagefind filters: any of the chosen content types, and the chosen part and standard. */
export function pagefindFilters(state: SearchState): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (state.type.length > 0) filters.type = { any: state.type };
  if (state.part) filters.part = state.part;
  if (state.standard) filters.standard = state.standard;
  return filters;
}

/**
 * Words that carry no meaning in a question ("what happens if…", "can my…", "won't", "she says she…", "since yesterday"). Pagefind looks for pages
 * with every word it knows, so leaving these in would hide the page that answers the question because it
 * never says "happens". Only removed when other words remain.
 */
export const questionWords: ReadonlySet<string> = new Set(
  `a about after am an and any are as at be been being but by can could did do does doing for from get gets getting
  got has have having how i i'm if in into is it its me my myself of on or our should so than that the
  their them then there these they this those to up us was we were what whats what's when where which who
  whom whose why will with would you your yours happens happen happened need needs want wants tell please
  much many does allowed ok okay don't dont won't wont can't cant isn't isnt doesn't doesnt didn't didnt
  aren't arent haven't havent hasn't hasnt wouldn't wouldnt shouldn't shouldnt i've ive i'd he she him his her
  hers himself herself he's hes she's shes keeps says said since ago yesterday today tonight tomorrow recently`.split(/\s+/),
);

/**
 * The words to search for: the question without its question words, lower case, punctuation gone. A
 * hyphen parts words as a space does: the handbook writes "out of hours" and "out-of-hours", "self-harm" and
 * "self harm", and Pagefind indexes each part of a hyphenated word as a word of its own.
 */
export function searchTerms(query: string): string {
  const words = query
    .toLowerCase()
    // "A&E" (and "a & e", "a and e") is the hospital's accident and emergency department: split at the
    // "&", it would be "a", a question word, and "e", a letter that finds nothing.
    .replace(/\ba\s*(?:&|\+|and)\s*e\b/g, ' accident emergency ')
    .replace(/[’]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
  const meaningful = words.filter((word) => !questionWords.has(word));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/** The words to search for, one by one. */
export function termsOf(query: string): string[] {
  return searchTerms(query).split(' ').filter(Boolean);
}

/**
 * The words of a text as a reader reads them, for matching phrases: lower case, without punctuation, an
 * apostrophe's ending kept ("mum's" is "mums"). The search page and the build both use it, so a phrase the
 * build lists and the words a reader typed compare alike (see find.ts, typedPhrase).
 */
export const plainWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((word) => word.replace(/['’]/g, ''));
