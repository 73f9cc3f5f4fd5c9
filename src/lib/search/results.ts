/**
 * Result shaping: what the search page shows for one result, from Pagefind's data for the page. The
 * excerpt starts at the beginning of the sentence that holds the most of the words searched for (Pagefind's
 * own excerpt starts mid-sentence), with those words marked.
 */

/** The parts of Pagefind's data for a page that the search page uses. */
export interface PagefindFragment {
  url: string;
  /** The page's indexed text, words separated by spaces; headings and list items end with a full stop. */
  content: string;
  meta: Record<string, string | undefined>;
  /** The page's headings (those with an id), in page order. */
  anchors?: readonly { text: string }[];
  /**
   * Where the words found are in the page's text, each with how much it counts there (1 running text,
   * more in a heading); none when only the page's index-only words (aliases) matched.
   */
  weighted_locations?: readonly { weight: number; location: number }[];
  /** The page's sections that hold the words (the part before the first heading too), in page order. */
  sub_results: readonly {
    title: string;
    url: string;
    anchor?: unknown;
    /** Where each word found is, and how much it counts there (a heading more than text). */
    weighted_locations?: readonly { balanced_score: number }[];
  }[];
}

/** A run of excerpt text, marked when it is a word searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
  /**
   * Where the result's link goes: the section that matches best (the page, when that is its start), with
   * the words searched for to highlight on arrival (see withHighlight).
   */
  url: string;
  title: string;
  /** Content type and part of the handbook ("Handbook section · Keeping children safe"), or ''. */
  about: string;
  excerpt: ExcerptPart[];
  /** The sections of the page that match, as links (at most three). */
  sections: { url: string; title: string }[];
}

/** At most this many words in an excerpt, unless the sentence's first match comes later. */
export const excerptWords = 30;

const letters = (word: string) =>
  word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * Which term a word of the page matches, if any: words that start with the term, as Pagefind matches
 * them, or with the term less its ending ("meetings" marks "meeting").
 */
function matcher(terms: readonly string[]): (word: string) => string | undefined {
  const stems = terms
    .map(letters)
    .filter(Boolean)
    .map((term) => {
      const stem = term.replace(/(?:es|s|ed|ing)$/, '');
      return stem.length >= 4 ? stem : term;
    });
  return (word) => {
    const plain = letters(word);
    return plain ? stems.find((stem) => plain.startsWith(stem)) : undefined;
  };
}

/** Where each sentence starts: after a word ending in . ! or ? (allowing a closing quote or bracket). */
function sentenceStarts(words: readonly string[]): number[] {
  const starts = [0];
  words.forEach((word, at) => {
    if (/[.!?][”’"')]*$/.test(word) && at + 1 < words.length) starts.push(at + 1);
  });
  return starts;
}

/**
 * The excerpt: from the start of the sentence that holds the most different words searched for (the
 * earliest such sentence, skipping the page's title at the start), up to `excerptWords` words, or to just
 * past the first match when the sentence is long. Without a match (a page found by a carers' word it never
 * shows), the start of the text after the title.
 */
export function sentenceExcerpt(content: string, terms: readonly string[], title = ''): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const match = matcher(terms);
  const found = words.map(match);
  const titleWords = title && content.startsWith(title) ? title.split(/\s+/).length : 0;
  const starts = sentenceStarts(words);
  let best = { start: starts.find((at) => at >= titleWords) ?? 0, distinct: 0 };
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? words.length;
    const distinct = new Set(found.slice(start, end).filter(Boolean)).size - (start < titleWords ? 0.5 : 0);
    if (distinct > best.distinct) best = { start, distinct };
  });
  const firstMatch = found.findIndex((term, at) => at >= best.start && term);
  const end = Math.min(words.length, Math.max(best.start + excerptWords, firstMatch + 8));
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (let at = best.start; at < end; at++) {
    if (at > best.start) add(' ', false);
    add(words[at], !!found[at]);
  }
  if (end < words.length) add(' …', false);
  return parts;
}

/** The address parameter, one per word, that Pagefind's highlighting reads on the page opened. */
export const highlightParam = 'pagefind-highlight';

/** An address with the words to highlight when it opens: /guides/money/?pagefind-highlight=pocket#agree. */
export function withHighlight(url: string, terms: readonly string[]): string {
  const words = [...new Set(terms.filter((term) => term.length >= 3))];
  if (words.length === 0) return url;
  const [path, fragment] = url.split('#');
  const params = new URLSearchParams(words.map((word) => [highlightParam, word]));
  return `${path}${path.includes('?') ? '&' : '?'}${params}${fragment === undefined ? '' : `#${fragment}`}`;
}

/**
 * The section of the page that matches best: the one whose words found count for the most (a heading
 * more than text). The page itself when that is its start, or Pagefind found it by a carers' word alone.
 */
export function bestSection(page: PagefindFragment): string {
  let best = { url: page.url, score: 0 };
  for (const sub of page.sub_results) {
    const score = (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
    if (score > best.score) best = { url: sub.anchor ? sub.url : page.url, score };
  }
  return best.url;
}

/** Everything the search page shows for a result. `terms` are the words searched for, to mark. */
export function resultView(page: PagefindFragment, terms: readonly string[]): ResultView {
  const title = page.meta.title ?? page.url;
  return {
    url: withHighlight(bestSection(page), terms),
    title,
    about: [page.meta.type, page.meta.part].filter(Boolean).join(' · '),
    excerpt: sentenceExcerpt(page.content, terms, title),
    sections: page.sub_results
      .filter((sub) => sub.anchor && sub.url !== page.url)
      .slice(0, 3)
      .map((sub) => ({ title: sub.title, url: withHighlight(sub.url, terms) })),
  };
}
