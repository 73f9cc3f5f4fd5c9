/**
 * The handbook's vocabulary, for "Did you mean …?": every word of the pages (titles, summaries, headings,
 * text), the glossary's terms and the carers' words the search knows (synonyms), each weighted by how much
 * it matters (how often it is used, more for a title, a heading or a glossary term). Built once at build
 * time and sent to the search page packed: words in bands by weight, each band sorted and front-coded
 * ("0foster6ing" is foster, fostering), which gzip squeezes to a few KB.
 */
import { questionWords } from './query.ts';

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
}

/** Weights by band, highest first: a word's band is the first whose weight it reaches. */
const bandWeights = [40, 10, 3, 0];
const weightOf = { text: 1, summary: 2, heading: 3, title: 10, term: 10 };

/**
 * The words of a text, lower case, of three letters or more: shorter ones are never corrected or offered.
 * Question words are left out too: the search drops them, so offering one would search for nothing.
 */
export function wordsIn(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !questionWords.has(word));
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

function frontCode(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      while (shared < 9 && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
      previous = word;
      return `${shared}${word.slice(shared)}`;
    })
    .join('');
}

/** The vocabulary as the search page fetches it: one front-coded string per band, the most used first. */
export function packVocabulary(weights: ReadonlyMap<string, number>): string[] {
  const bands: string[][] = bandWeights.map(() => []);
  for (const [word, weight] of weights) bands[bandWeights.findIndex((least) => weight >= least)].push(word);
  return bands.map((words) => frontCode(words.sort()));
}

export function unpackVocabulary(packed: readonly string[]): Vocabulary {
  const band = new Map<string, number>();
  packed.forEach((coded, index) => {
    let word = '';
    for (const [, shared, rest] of coded.matchAll(/(\d)([a-z]+)/g)) {
      word = word.slice(0, Number(shared)) + rest;
      band.set(word, index);
    }
  });
  return { words: [...band.keys()].sort(), band };
}
