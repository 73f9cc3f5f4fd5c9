/**
 * The handbook's vocabulary, for "Did you mean …?": every word of the pages (titles, summaries, headings,
 * text), the glossary's terms and the carers' words the search knows (synonyms), each weighted by how much
 * it matters (how often it is used, more for a title, a heading or a glossary term). Built once at build
 * time and sent to the search page packed: sorted and front-coded, each word with its band (see
 * packVocabulary), which gzip squeezes to a few KB.
 */
import { plainWords, questionWords } from './query.ts';

/** Where the words come from. Page bodies are MDX source: headings are the lines starting with #. */
export interface VocabularySources {
  pages: readonly { title: string; summary: string; body: string }[];
  /** Glossary terms, expansions and other names; the carers' words from content/synonyms.yaml. */
  terms: readonly string[];
}

/** The vocabulary on the search page: every word, sorted, and its band (0 the most used). */
export interface Vocabulary {
  words: readonly string[];
  band: ReadonlyMap<string, number>;
  /**
   * English words the handbook never uses that are close to words it does ("swore" to "store",
   * "abortion" to "adoption"): real words, asked about as they are, so never corrected (realWords.ts).
   */
  realWords: ReadonlySet<string>;
  /**
   * Every carers' phrase some page is known by (carersPhrases, see aliases.ts phrasesFor), as plain words
   * ("touched her", "on call"): the search page reads pages' fragments for a phrase only when the query
   * holds one of these (find.ts, liftTypedPhrases). Undefined for a vocabulary packed without the list (a
   * saved copy's from before it was added): then every page may hold one.
   */
  phrases?: readonly string[];
}

/** Weights by band, highest first: a word's band is the first whose weight it reaches. */
const bandWeights = [40, 10, 3, 0];
const weightOf = { text: 1, summary: 2, heading: 3, title: 10, term: 10 };

/**
 * The words of a text, lower case, of three letters or more: shorter ones are never corrected or offered.
 * Question words are left out too: the search drops them from any query that has other words, so
 * offering one would search for nothing. An ending after an apostrophe goes ("child's" is "child"), and
 * "n't" is "not", so the vocabulary never holds a stub such as "doesn" to offer for "doesnt". Email and web
 * addresses are not words a reader types as such: "virtualschool@…" would be offered for "virtual school".
 */
export function wordsIn(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^\s<>()]+@[^\s<>()]+|(?:https?:\/\/|www\.)[^\s<>()]+/g, ' ')
    .replace(/n['’]t\b/g, ' not')
    .replace(/['’][a-z]+/g, '');
  return (words.match(/[a-z]{3,}/g) ?? []).filter((word) => !questionWords.has(word));
}

/** Each word with its weight. */
export function vocabularyWeights({ pages, terms }: VocabularySources): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of wordsIn(text)) weights.set(word, (weights.get(word) ?? 0) + weight);
  };
  for (const page of pages) {
    add(page.title, weightOf.title);
    add(page.summary, weightOf.summary);
    add(page.body, weightOf.text);
    for (const [, heading] of page.body.matchAll(/^#{1,6}\s+(.+)$/gm)) add(heading, weightOf.heading - weightOf.text);
  }
  for (const term of terms) add(term, weightOf.term);
  return weights;
}

/** What follows each word in the packed vocabulary: its band, 0 (the most used) to 3. */
const bandMarks = '.,;:';
/** What follows a real word the handbook does not use. */
const realWordMark = '!';
/** What starts the phrases after the words, and parts them: a character no word and no phrase of plain words holds. */
const phraseMark = '|';

/**
 * The vocabulary as the search page fetches it: the words in order, each written as how many letters it
 * shares with the word before (up to 9), the rest of it, and its band mark ("0foster.6ing." is foster and
 * fostering, both band 0), or "!" for a real word the handbook does not use. Sorted once here, so the
 * search page has nothing to sort. Then the carers' phrases pages are known by, each after a "|", as plain
 * words ("|on call|touched her"; a lone "|" when no page has one).
 */
export function packVocabulary(
  weights: ReadonlyMap<string, number>,
  realWords: readonly string[] = [],
  phrases?: readonly string[],
): string {
  const mark = (word: string) =>
    weights.has(word) ? bandMarks[bandWeights.findIndex((least) => weights.get(word)! >= least)] : realWordMark;
  let previous = '';
  const packed = [...new Set([...weights.keys(), ...realWords])]
    .sort()
    .map((word) => {
      let shared = 0;
      while (shared < 9 && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
      previous = word;
      return `${shared}${word.slice(shared)}${mark(word)}`;
    })
    .join('');
  if (phrases === undefined) return packed;
  // The mark is written even with no phrase: "no page has a phrase" is not "this file does not say".
  const plain = [...new Set(phrases.map((phrase) => plainWords(phrase).join(' ')).filter((phrase) => phrase.includes(' ')))].sort();
  return `${packed}${phraseMark}${plain.join(phraseMark)}`;
}

export function unpackVocabulary(packed: string): Vocabulary {
  const [packedWords, ...listed] = packed.split(phraseMark);
  const phrases = listed.length === 0 ? undefined : listed.filter(Boolean);
  const words: string[] = [];
  const band = new Map<string, number>();
  const realWords = new Set<string>();
  let word = '';
  for (const [, shared, rest, mark] of packedWords.matchAll(/(\d)([a-z]+)([.,;:!])/g)) {
    word = word.slice(0, Number(shared)) + rest;
    if (mark === realWordMark) {
      realWords.add(word);
      continue;
    }
    words.push(word);
    band.set(word, bandMarks.indexOf(mark));
  }
  return { words, band, realWords, phrases };
}
