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
 * When a word asked about is in no page ("uniform"): the handbook may not cover the question, so the pages
 * that share the other words are not presented as answers (they wait behind a button).
 */
export function notCoveredText(query: string, unmatched: readonly string[], total: number): string {
  const others = total === 0 ? '' : ` ${plural(total, 'page mentions', 'pages mention')} your other words.`;
  return `The handbook may not cover “${query}”: no page mentions ${quoted(unmatched)}.${others}`;
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
  /** Words asked about that no page mentions, when the handbook may not cover the question (see mayNotCover). */
  unmatched?: readonly string[];
}): string {
  const { total, shown, query, filtered, corrected, unmatched = [] } = outcome;
  if (total === 0) return noResultsText(query, filtered);
  if (unmatched.length > 0) return notCoveredText(query, unmatched, total);
  if (corrected) return correctedText(query, corrected, total, shown);
  return resultCountText(total, query, filtered, shown);
}
