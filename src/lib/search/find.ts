/**
 * The search itself, on Pagefind's JavaScript API (or anything of the same shape, as the unit tests use):
 * the query's words searched for, ranked, and corrected when the handbook never uses a word typed.
 *
 * One Pagefind search per word: a query of one word is one search; a question of several words is one
 * search per word, ranked together (see ranking.ts), because Pagefind on its own would only find pages
 * with every word. A word the handbook never uses finds nothing of its own (Pagefind matches its first
 * few letters: "safe" for "safegaurding"). When its correction is sure, the corrected query is searched
 * instead, and the page says so. When it is not, the other words are searched and the correction is
 * offered ("Did you mean …?") beside their pages when those answer the question; when they find nothing,
 * the corrected query is searched after all. When their pages do not answer, the page says the handbook
 * may not cover the question, and offers no correction ("bin collection day" is not a slip for "bin
 * connection day"). A real English word ("heath", "abortion") is considered only where the pages for the
 * corrected query are known by a phrase the reader typed as corrected ("mental health"): then corrected
 * when it has the shape of a typing slip (a letter left out, one too many, two swapped), and otherwise
 * offered.
 */
import { corrections, correctQuery, isKnown, typingSlip, type Correction } from './corrections.ts';
import { aliasFields, phraseField } from './aliasFields.ts';
import { hasFilters, pagefindFilters, plainWords, questionWords, termsOf, type SearchState } from './query.ts';
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
  /**
   * None of the best pages answers: each lacks some of the words asked about and mentions the others only
   * in passing, or holds none of them (see weakMatch), so the handbook may well not cover it ("tv licence").
   */
  weak: boolean;
  /**
   * The best page is known by a carers' phrase the reader typed (see liftTypedPhrases): it answers,
   * whatever the other words ("her brother touched her last tuesday": no page says "tuesday").
   */
  byPhrase?: boolean;
}

export interface WordResults {
  results: PagefindResult[];
  unmatched: string[];
  /** Pagefind's results for each word on its own, in the order of the words. */
  perWord: PagefindResult[][];
}

/** Every result for the words, best first: one search per word, scores combined; and the words that found nothing. */
export async function searchWords(pagefind: Pagefind, terms: readonly string[], filters: Filters): Promise<WordResults> {
  if (terms.length === 0) return { results: [], unmatched: [], perWord: [] };
  const responses = await Promise.all(terms.map(async (term) => (await pagefind.search(term, { filters })).results));
  const unmatched = terms.filter((_, at) => responses[at].length === 0);
  if (responses.length === 1) return { results: responses[0], unmatched, perWord: responses };
  const byId = new Map(responses.flat().map((result) => [result.id, result]));
  const results = combineWordResults(responses).map(({ id, score }) => ({ id, score, data: byId.get(id)!.data }));
  return { results, unmatched, perWord: responses };
}

/**
 * How a page holds one word searched for: how often its text says it, whether a heading or its title does
 * (Pagefind weighs those above running text), and whether it is among the page's search aliases. No
 * mentions at all: the page was found by its index-only words (its search aliases), which it has
 * because it is about the thing they stand for; a word among them may be in its text as well.
 */
export interface WordOnPage {
  mentions: number;
  inHeading: boolean;
  /** Among the page's search aliases (the carers' words for what it is about), whatever its text says. */
  inAliases?: boolean;
}

/** Running text that says a word this often or less only mentions it in passing. */
export const passingMentions = 2;

/**
 * Whether a page found is only a weak match for a question: it holds none of its words (Pagefind found it
 * through longer words that begin like them: "public" for "pub", "taxi" for "tax"), or lacks at least one
 * of them (undefined), and says each of the others at most `passingMentions` times, in running text only,
 * neither in a heading nor among its search aliases. "tv licence" finds a guide that mentions a driving
 * licence once and never says "tv"; "can my mum babysit" finds the short stays pages through their alias
 * "babysit", so they answer it, though neither says "mum". Words far more widespread than the question's
 * rarest (`pagesHolding`, how many pages hold each; see commonWords) are no sign of an answer, wherever
 * the page says them: "tv licence for my foster child" is as weak as "tv licence", though "foster" and
 * "child" head most pages.
 */
export function weakMatch(words: readonly (WordOnPage | undefined)[], pagesHolding: readonly number[] = []): boolean {
  const held = words.filter((word): word is WordOnPage => word !== undefined);
  if (held.length === 0) return true;
  const common = commonWords(pagesHolding);
  const telling = words.filter((word, at): word is WordOnPage => word !== undefined && !common[at]);
  const inPassing = (word: WordOnPage) => word.mentions > 0 && word.mentions <= passingMentions && !word.inHeading && !word.inAliases;
  return held.length < words.length && telling.every(inPassing);
}

/** How many times more pages than the question's rarest word a word must be on to say nothing of its own. */
export const commonFactor = 10;

/**
 * Which of a question's words are common, from how many pages hold each: on at least `commonFactor` times
 * as many pages as the rarest word any page holds. "licence" is on 3 pages and "foster" on most: in
 * "tv licence for my foster child" the page that answers is the one about licences, not one about fostering.
 */
export function commonWords(pagesHolding: readonly number[]): boolean[] {
  const rarest = Math.min(...pagesHolding.filter((count) => count > 0));
  return pagesHolding.map((count) => Number.isFinite(rarest) && count >= commonFactor * rarest);
}

/**
 * How a page found holds each word (see WordOnPage), from Pagefind's weighted locations and the page's
 * alias fields. One word at a time: Pagefind shares one fragment object per page and each data() call sets
 * its locations for that word. (A best page's fragment is fetched once, and shown anyway.)
 */
async function pageWords(
  terms: readonly string[],
  perWord: readonly PagefindResult[][],
  pageId: string,
): Promise<(WordOnPage | undefined)[]> {
  const words: (WordOnPage | undefined)[] = [];
  // The page's words and its aliases, split once (the content is the same for every word).
  let text: string[] | undefined;
  let aliases: string[] | undefined;
  for (const [index, results] of perWord.entries()) {
    const result = results.find((r) => r.id === pageId);
    const fragment = result && (await result.data());
    const term = terms[index];
    // Pagefind finds a word in any word it begins: "tax" in "taxi", "pet" in "petrol". Only the word
    // itself counts, in the page's text (its place is a word of the content) or among its aliases.
    text ??= fragment?.content.split(/\s+/);
    aliases ??= fragment && Object.values(aliasFields).flatMap((field) => (fragment.meta[field] ?? '').split(/\s+/));
    const locations = (fragment?.weighted_locations ?? []).filter((location) => sameWord(term, text?.[location.location] ?? ''));
    const inAliases = aliases?.some((alias) => sameWord(term, alias)) ?? false;
    words.push(
      locations.length > 0 || inAliases
        ? { mentions: locations.length, inHeading: locations.some((location) => location.weight > 1), inAliases }
        : undefined,
    );
  }
  return words;
}

/** Endings that make another form of a short word ("pet", "pets"; "council", "council’s"; "child", "children"). */
const wordEndings = /^(?:s|es|d|ed|ing|ly|ment|ments|ren|['’]s)$/;

/**
 * Whether a word of a page (as written there: "Council’s", "pets.") is the word searched for, or another
 * form of it: with an ending added ("pets" for "pet"; "moving" for "move"), or, for words that share their
 * first four letters or more, differing only in the last three letters of the shorter ("braided",
 * "braiding"; "worried", "worrying"; "families", "family"; "alleged", "allegations"). Not a longer word
 * that begins with a short one: "taxi" is not "tax", nor "petrol" "pet", nor "carer" "car", nor "licence"
 * "lice" ("head lice" found the transport pages). (A word of five letters or more that begins a longer
 * one counts as it: "alleg" is "allegations" while the reader types, though "chart" is then "charter".)
 */
export function sameWord(term: string, written: string): boolean {
  const word = written.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (word === term) return true;
  const [short, long] = term.length <= word.length ? [term, word] : [word, term];
  if (short.length === 0) return false;
  const stem = short.replace(/e$/, '');
  if (long.startsWith(stem) && wordEndings.test(long.slice(stem.length))) return true;
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared++;
  // A whole word that begins a longer one counts as it only from five letters: "lice" is not "licence".
  if (shared === short.length) return shared >= 5;
  return shared >= 4 && shared >= short.length - 3;
}

/**
 * How many words long the longest of a page's carers' phrases (see phraseField: those for what its title
 * or summary is about) is that the reader typed, word for word, one word at least not a question word:
 * "touched her" in "her brother touched her", "on call" in "fostering on call". 0 when there is none.
 */
export function typedPhrase(query: string, fragment: PagefindFragment): number {
  const typed = asTyped(query);
  let longest = 0;
  for (const phrase of (fragment.meta[phraseField] ?? '').split(',')) {
    const words = plainWords(phrase);
    if (words.length > longest && words.some((word) => !questionWords.has(word)) && typed.includes(` ${words.join(' ')} `))
      longest = words.length;
  }
  return longest;
}

/** The query's plain words with a space before and after each, to look for a phrase in as whole words. */
const asTyped = (query: string) => ` ${plainWords(query).join(' ')} `;

/** How many of the best pages may be lifted by a phrase (and, shared among the words, of each word's own best). */
export const pagesLifted = 10;

/**
 * The pages, best first, with those known by a carers' phrase the reader typed (see typedPhrase) lifted
 * above the rest, the longer phrase first, and given the best score; and whether the first is one.
 * Words searched one by one lose the phrase: "her brother touched her" ranked pages that say "brother"
 * or "keep in touch" above Safeguarding, whose phrases include "touched her". The phrases are the ones
 * staff say can only mean what the page is about (carersAsk in content/synonyms.yaml), and only those few
 * pages are about (see commonPhrases). With `phrases`, every phrase any page is known by (the vocabulary's),
 * the pages are read only when the query holds one of them; without it (no vocabulary), always.
 */
export async function liftTypedPhrases(
  query: string,
  found: WordResults,
  phrases?: readonly string[],
): Promise<{ results: PagefindResult[]; lifted: boolean }> {
  const { results, perWord } = found;
  if (results.length === 0 || plainWords(query).length < 2) return { results, lifted: false };
  // No page's phrase typed: no page's fragment need be fetched to look for one (most questions).
  const typed = asTyped(query);
  if (phrases && !phrases.some((phrase) => typed.includes(` ${phrase} `))) return { results, lifted: false };
  // From each word's own best, as many as share `pagesLifted` twice over (a phrase's words weigh little
  // on their own: "hits" finds Safeguarding sixth), at least the best three.
  const each = Math.max(pagesWeighed, Math.min(pagesLifted, Math.floor((2 * pagesLifted) / perWord.length)));
  const candidates = new Set([...results.slice(0, pagesLifted), ...perWord.flatMap((word) => word.slice(0, each))].map((r) => r.id));
  const lengths = await Promise.all(results.map(async (r) => (candidates.has(r.id) ? typedPhrase(query, await r.data()) : 0)));
  const order = results.map((_, at) => at).sort((a, b) => lengths[b] - lengths[a] || a - b);
  const best = results[0].score;
  return {
    results: order.map((at) => (lengths[at] > 0 ? { ...results[at], score: Math.max(results[at].score, best) } : results[at])),
    lifted: lengths[order[0]] > 0,
  };
}

/** How many of the best pages are weighed: the question is weak only if none of them answers it. */
export const pagesWeighed = 3;

/**
 * Whether none of the best `pagesWeighed` pages is more than a weak match (see weakMatch): one that
 * answers, though ranked second ("what do all the abbreviations mean": the glossary), is an answer.
 */
async function weakBest(terms: readonly string[], found: WordResults): Promise<boolean> {
  if (found.results.length === 0) return false;
  const pagesHolding = found.perWord.map((results) => results.length);
  for (const result of found.results.slice(0, pagesWeighed)) {
    if (!weakMatch(await pageWords(terms, found.perWord, result.id), pagesHolding)) return false;
  }
  return true;
}

/** Whether pages were found that answer the question: the best known by a phrase typed, or every word found and one of the best pages not a weak match. */
const answers = (found: Found) => found.results.length > 0 && (found.byPhrase === true || (found.unmatched.length === 0 && !found.weak));

/**
 * Whether to say "the handbook may not cover this" rather than present the pages found as answers: nothing
 * was found, a word asked about is in no page (the pages found only share the other words), or none of
 * the best pages is more than a weak match (see weakBest). Not for a search with filters, whose pages may simply be
 * filtered out, nor one with no words.
 */
export function mayNotCover(found: Found, filtered: boolean): boolean {
  if (filtered || found.terms.length === 0) return false;
  return !answers(found);
}

/**
 * The phrases a page is known by: its title, its headings and its carers' words (search aliases), not its
 * running text, where any two words may stand side by side ("police called", "serious concern").
 */
export function pageTerms(fragment: PagefindFragment): string[] {
  return [
    fragment.meta.title,
    ...(fragment.anchors ?? []).map((anchor) => anchor.text),
    ...Object.values(aliasFields).map((field) => fragment.meta[field]),
  ]
    .filter((text): text is string => Boolean(text))
    .map((text) => plainWords(text).join(' '));
}

/**
 * Whether a page's terms (see pageTerms) confirm that a real word typed may be a slip for its
 * correction: one of them holds the corrected word beside a word the reader typed next to it, so the
 * reader may have meant one of the handbook's terms ("mental heath": "mental health"; "care levers": "care
 * leavers"; "life storey book": "life story book"). Two or three words of the query in a row, the slip
 * among them and at least one word that is not a question word ("a", "to", "can"), as whole words (a
 * plural "s" allowed at the end). A word the reader meant finds no such term: no page is known by "can
 * she have an adoption", nor by "dog groomed".
 */
export function confirmsSlip(typed: string, fix: Correction, terms: readonly string[]): boolean {
  const words = plainWords(typed);
  const text = ` ${terms.join(' | ')} `;
  return words.some((word, at) => {
    if (word !== fix.from) return false;
    const corrected = [...words.slice(0, at), fix.to, ...words.slice(at + 1)];
    for (let first = Math.max(0, at - 2); first <= at; first++) {
      for (let last = Math.max(at, first + 1); last <= Math.min(corrected.length - 1, first + 2); last++) {
        const phrase = corrected.slice(first, last + 1);
        const others = phrase.filter((_, i) => first + i !== at);
        if (!others.some((other) => !questionWords.has(other))) continue;
        if (text.includes(` ${phrase.join(' ')} `) || text.includes(` ${phrase.join(' ')}s `)) return true;
      }
    }
    return false;
  });
}

/** How many of the best pages for a corrected query may confirm a slip: a term may be on the tenth. */
export const pagesConfirming = 10;

/**
 * The corrections of real words that the terms of the best pages for the corrected query confirm (see
 * confirmsSlip); the others are left out, and their words searched as typed. A word as close as the best
 * correction is tried when the best is not confirmed ("care lever": "care level" is no page's term, "care
 * leaver" is). Even a confirmed one may be a word meant ("sexual exploration" is not "sexual
 * exploitation", though a page is called that): findPages makes it only when it has the shape of a typing
 * slip.
 */
async function confirmedRealFixes(
  pagefind: Pagefind,
  query: string,
  fixes: readonly Correction[],
  filters: Filters,
): Promise<Correction[]> {
  const termsFor = async (corrected: readonly Correction[]) => {
    const { results } = await searchWords(pagefind, termsOf(correctQuery(query, corrected)), filters);
    return (await Promise.all(results.slice(0, pagesConfirming).map(async (result) => pageTerms(await result.data())))).flat();
  };
  const confirmed: Correction[] = [];
  for (const fix of fixes.filter((fix) => fix.real)) {
    // The best first, with every correction made; then each other as close in its place.
    for (const to of [fix.to, ...(fix.others ?? [])]) {
      const tried = { ...fix, to, typingSlip: typingSlip(fix.from, to) };
      if (confirmsSlip(query, tried, await termsFor(fixes.map((f) => (f === fix ? tried : f))))) {
        confirmed.push(tried);
        break;
      }
    }
  }
  return confirmed;
}

/**
 * The pages for a search, best first, with any correction made or offered (see corrections.ts), and the
 * words searched for that the handbook never uses: Pagefind finds nothing for them, or only pages with
 * their first few letters ("uni" for "uniform"), so the vocabulary says which they are.
 */
export async function findPages(pagefind: Pagefind, state: SearchState, vocabulary?: Vocabulary): Promise<Found> {
  const filters = pagefindFilters(state);
  const terms = termsOf(state.q);
  if (terms.length === 0) return { results: (await pagefind.search(null, { filters })).results, terms, unmatched: [], weak: false };
  const search = async (words: string[], text: string): Promise<Found> => {
    const found = await searchWords(pagefind, words, filters);
    const { unmatched, perWord } = found;
    const { results, lifted } = await liftTypedPhrases(text, found, vocabulary?.phrases);
    const unknown = vocabulary ? words.filter((word) => !isKnown(word, vocabulary)) : [];
    return {
      results,
      terms: words,
      unmatched: [...new Set([...unmatched, ...unknown])],
      weak: !lifted && (await weakBest(words, { results, unmatched, perWord })),
      byPhrase: lifted,
    };
  };
  const all = vocabulary ? corrections(terms, vocabulary) : [];
  const real = await confirmedRealFixes(pagefind, state.q, all, filters);
  // A confirmed real word with the shape of a typing slip is corrected as surely as a word that is none.
  const sure = real.filter((fix) => fix.typingSlip).map((fix) => ({ ...fix, sure: true }));
  const offered = real.filter((fix) => !fix.typingSlip);
  const found = await foundFor(state, terms, [...all.filter((fix) => !fix.real), ...sure], search);
  // The others are offered beside whatever the words typed found: the reader may have meant the word.
  return offered.length > 0 && !found.suggestion ? { ...found, suggestion: correctQuery(found.corrected ?? state.q, offered) } : found;
}

/** The pages for the query with its corrections of words that are no words: made, offered or neither. */
async function foundFor(
  state: SearchState,
  terms: string[],
  fixes: readonly Correction[],
  search: (words: string[], text: string) => Promise<Found>,
): Promise<Found> {
  const fixed = correctQuery(state.q, fixes);
  if (fixed === state.q) return search(terms, state.q);
  if (!fixes.some((fix) => fix.sure)) {
    const asTyped = await search(
      terms.filter((term) => !fixes.some((fix) => fix.from === term)),
      state.q,
    );
    // With filters the page never says "may not cover" (its pages may only be filtered out): offered.
    if (asTyped.results.length > 0 && !mayNotCover(asTyped, hasFilters(state))) return { ...asTyped, suggestion: fixed };
    // Pages that do not answer: the handbook may not cover the question, and a correction offered beside
    // that would contradict it. Nor is the correction searched instead: an unsure correction of a word the
    // handbook never uses is as often another word ("collection" is not "connection").
    if (asTyped.results.length > 0) return asTyped;
  }
  return { ...(await search(termsOf(fixed), fixed)), corrected: fixed };
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
