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
  sub_results: readonly { title: string; url: string; anchor?: unknown }[];
}

/** A run of excerpt text, marked when it is a word searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
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

/** Everything the search page shows for a result. `terms` are the words searched for, to mark. */
export function resultView(page: PagefindFragment, terms: readonly string[]): ResultView {
  const title = page.meta.title ?? page.url;
  return {
    url: page.url,
    title,
    about: [page.meta.type, page.meta.part].filter(Boolean).join(' · '),
    excerpt: sentenceExcerpt(page.content, terms, title),
    sections: page.sub_results.filter((sub) => sub.anchor && sub.url !== page.url).slice(0, 3),
  };
}
