/**
 * What the search page says about a search, shown and read out by its polite live region: how many
 * results, how many are shown, that nothing was found, and that a misspelt query was corrected.
 */

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const closest = (shown: number, total: number) =>
  shown >= total ? '' : shown === 1 ? '. The closest is shown first.' : `. The closest ${shown} are shown first.`;

/**
 * "12 results for “respite”", and, when weaker matches wait behind "Show more", how many are shown first.
 * `shown` is the number of results on the page; `total` every result found.
 */
export function resultCountText(total: number, query: string, filtered: boolean, shown = total): string {
  const found = plural(total, 'result', 'results');
  const what = query ? `${found} for “${query}”${filtered ? ' with the filters chosen' : ''}` : `${found} with the filters chosen`;
  return what + closest(shown, total);
}

/**
 * When the corrected query was searched instead of the one typed (a sure correction is searched straight
 * away; an unsure one when what was typed finds nothing): what is shown, instead of what, then the count.
 */
export function correctedText(typed: string, corrected: string, total: number, shown = total): string {
  const found = plural(total, 'result', 'results');
  return `Showing results for “${corrected}” instead of “${typed}”: ${found}${closest(shown, total) || '.'}`;
}

export function noResultsText(query: string, filtered: boolean): string {
  const what = query ? ` for “${query}”` : '';
  return filtered
    ? `No results${what} with the filters chosen. Try clearing the filters.`
    : `No results${what}. Try other words, or use the A to Z index.`;
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(words.length === 2 ? ' or ' : ', ');

/**
 * When the handbook may not cover the question: a word asked about is in no page ("uniform"), or the
 * pages found only mention some of its words in passing ("tv licence", `unmatched` empty), or, for a
 * search for one word (`searched`, the words searched for: a question's other words may have gone to a
 * correction), only words partly like it ("pub": "public"; "abortion": "a"). Those pages are not presented as answers (they wait behind a button).
 */
export function notCoveredText(query: string, unmatched: readonly string[], total: number, searched: readonly string[] = []): string {
  if (searched.length === 1) {
    // Pagefind finds pages for the first letters of a word no page says, however few ("a" for "abortion"):
    // all that is true of them is that their words are partly like it.
    const others = total === 0 ? '' : `; ${plural(total, 'page has', 'pages have')} words only partly like it`;
    return `The handbook may not cover “${query}”: no page says “${searched[0]}”${others}.`;
  }
  if (unmatched.length === 0) {
    return `The handbook may not cover “${query}”: ${plural(total, 'page mentions', 'pages mention')} some of your words, only in passing.`;
  }
  const others = total === 0 ? '' : ` ${plural(total, 'page mentions', 'pages mention')} your other words.`;
  return `The handbook may not cover “${query}”: no page mentions ${quoted(unmatched)}.${others}`;
}

/** The button that shows the pages found when the handbook may not cover the question (see notCoveredText). */
export function notCoveredMoreText(unmatched: readonly string[], total: number, searched: readonly string[] = []): string {
  const pages = total === 1 ? 'page' : `${total} pages`;
  if (searched.length === 1) return `Show the ${pages} with words partly like it`;
  return `Show the ${pages} that ${total === 1 ? 'mentions' : 'mention'} ${unmatched.length === 0 ? 'some of your words' : 'your other words'}`;
}

/** Said after "Show more": where the reader is in the list. */
export function shownText(shown: number, total: number): string {
  return `Showing ${shown} of ${plural(total, 'result', 'results')}.`;
}

/** What the search page says once a search has settled, whichever way it went. */
export function outcomeText(outcome: {
  total: number;
  shown: number;
  query: string;
  filtered: boolean;
  corrected?: string;
  /** Whether the handbook may not cover the question (see mayNotCover in find.ts). */
  notCovered?: boolean;
  /** Words asked about that no page mentions. */
  unmatched?: readonly string[];
  /** The words searched for. */
  searched?: readonly string[];
}): string {
  const { total, shown, query, filtered, corrected, notCovered = false, unmatched = [], searched } = outcome;
  if (total === 0) return noResultsText(query, filtered);
  if (notCovered) return notCoveredText(query, unmatched, total, searched);
  if (corrected) return correctedText(query, corrected, total, shown);
  return resultCountText(total, query, filtered, shown);
}
