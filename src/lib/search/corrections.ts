/**
 * Typo corrections ("Did you mean …?"). Pagefind has no typo tolerance: a word no page uses finds nothing
 * (or pages with its first few letters: "safegaurding" finds "safe"). A word the handbook never uses is
 * corrected to the closest word it does use, within a number of edits that grows with the word's length;
 * closer words win, then the more used (see vocabulary.ts). A word written as one ("pocketmoney") is split
 * into two words the handbook uses.
 */
import { editDistance } from '../editDistance.ts';
import { questionWords } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** How many edits a word of this length may need: none under four letters (too many near neighbours). */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}

/** The first index in a sorted list whose word is not before `word`. */
function firstFrom(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

const endings = /(?:'s|s|es|ed|ing|ly)$/;

/**
 * How the handbook knows a word, if it does: as a word it uses or begins (Pagefind finds "respit" in
 * "respite"), or the word less its ending is one ("pays" is "pay"), or the plural of one ("hobby" from
 * "hobbies") - 'word'; or only because the word less its ending begins one of its words ("refusing" is found
 * through "refuse") - 'stem', which a slip can be too ("traning": "tran" begins "transport"). A word of
 * three letters that begins none of its words is 'short': known (too many words are near it to correct it
 * on its own), but it may be a letter left out ("ham" in "self ham"). Shorter words, numbers, words with
 * apostrophes, and question words, are taken as known.
 */
export function howKnown(term: string, vocabulary: Vocabulary): 'word' | 'stem' | 'short' | undefined {
  // Question words are never in the vocabulary, but a query of nothing else searches for them as typed.
  if (term.length < 3 || /[^a-z]/.test(term) || questionWords.has(term)) return 'word';
  const begins = (start: string) => vocabulary.words[firstFrom(vocabulary.words, start)]?.startsWith(start) ?? false;
  // A word of three letters the handbook does not use is searched as typed, but may be a slip ("self ham").
  if (term.length === 3) return begins(term) ? 'word' : 'short';
  const stem = term.replace(endings, '');
  // An -e word with its ending: "caused" is "cause" and "absences" "absence", not only "caus…" and "absenc…".
  const stems = /(?:es|ed)$/.test(term) ? [stem, term.slice(0, -1)] : [stem];
  // A word of the handbook with an ending added ("pays", "smacked") is a real word, never "corrected".
  // "hobby" is known from "hobbies", "company" from "companies" (the plural itself, not any word it begins).
  const plural = term.endsWith('y') ? `${term.slice(0, -1)}ies` : undefined;
  if (begins(term) || stems.some((s) => s.length >= 3 && vocabulary.band.has(s)) || (plural !== undefined && vocabulary.band.has(plural)))
    return 'word';
  return stems.some((s) => s.length >= 4 && begins(s)) ? 'stem' : undefined;
}

/** Whether the handbook knows the word (see howKnown): Pagefind finds pages for it. */
export function isKnown(term: string, vocabulary: Vocabulary): boolean {
  return howKnown(term, vocabulary) !== undefined;
}

/** A correction: the word (or two words) typed, what to search for instead, and how sure it is. */
export interface Correction {
  from: string;
  to: string;
  /**
   * Sure: for a word of five letters or more, one edit (a word split in two counts as one) or only letters
   * left out. The search runs the correction straight away. Otherwise the search runs what was typed and
   * offers the correction.
   */
  sure: boolean;
  /**
   * The word typed is a real English word the handbook does not use (vocabulary.realWords): "heath" in
   * "mental heath" is a slip, "abortion" is not. Considered only where the terms of the pages found confirm
   * it (see confirmsSlip in find.ts): then searched instead when it has the shape of a typing slip
   * (`typingSlip`), and otherwise only offered.
   */
  real?: boolean;
  /**
   * The correction differs from the word typed as a typing slip does: a letter left out ("heath":
   * health), one too many ("storey": story) or two swapped ("compliant": complaint). A letter changed
   * is as often another word meant ("cake": care, "cell": call, "coping": coming).
   */
  typingSlip?: boolean;
  /**
   * Other handbook words as close to the word typed as `to`, next best first: for a real word, which the
   * pages may confirm as a slip for one of them and not the other ("care lever": level, then leaver).
   */
  others?: string[];
}

interface Candidate {
  words: string;
  edits: number;
  band: number;
}

/** How many other words as close are kept (see Correction.others): each may cost the search page a search. */
const maxOthers = 2;

const better = (a: Candidate, b: Candidate) =>
  a.edits - b.edits || a.band - b.band || a.words.length - b.words.length || (a.words < b.words ? -1 : 1);

/**
 * The handbook's closest word (or pair of words) to an unknown one, or undefined when none is close
 * enough. Only words with the same first letter are considered: typists rarely get the first letter
 * wrong, and real words that are not in the handbook ("abroad") would otherwise be "corrected" ("road").
 * Two edits only reach a word the handbook uses often, and not a shorter one: letters left out
 * ("buling": bullying) are the usual slip; two letters too many or changed is more often another word
 * ("calpol" is not "call", "refusing" not "reducing"). `among` narrows the words weighed, for a caller
 * that already knows which are near (realWords.ts); a word it leaves out cannot be the correction.
 */
export function correctWord(
  term: string,
  vocabulary: Vocabulary,
  among = sameFirstLetter(term, vocabulary),
  limit = allowedEdits(term.length),
): Correction | undefined {
  const candidates: Candidate[] = [];
  for (const word of among) {
    if (word[0] !== term[0]) continue;
    const edits = editDistance(term, word, limit);
    const band = vocabulary.band.get(word)!;
    if (edits <= 1 || (edits <= limit && band <= 1 && word.length >= term.length)) candidates.push({ words: word, edits, band });
  }
  for (let at = 3; at <= term.length - 3; at++) {
    const [first, second] = [term.slice(0, at), term.slice(at)];
    const bands = [vocabulary.band.get(first), vocabulary.band.get(second)];
    if (bands[0] !== undefined && bands[1] !== undefined)
      candidates.push({ words: `${first} ${second}`, edits: 1, band: Math.max(bands[0], bands[1]) });
  }
  const [best, ...rest] = candidates.sort(better);
  if (!best) return undefined;
  const others = rest.filter((candidate) => candidate.edits === best.edits).map((candidate) => candidate.words);
  return {
    from: term,
    to: best.words,
    sure: term.length >= 5 && (best.edits === 1 || onlyLeftOut(term, best.words)),
    ...(others.length > 0 && { others: others.slice(0, maxOthers) }),
  };
}

/**
 * The correction of a word the search would make if the word were not a real English word: of a word the
 * handbook does not know (see howKnown), or of one it knows only through its stem when the correction is
 * sure and one typing slip away ("traning": training). realWords.ts asks the same of every English word.
 */
export function slipCorrection(term: string, vocabulary: Vocabulary, among?: readonly string[]): Correction | undefined {
  const known = howKnown(term, vocabulary);
  if (known === 'word') return undefined;
  if (known === 'short') {
    // Only a letter left out ("ham": harm; "sef": self), and like a real word, only where a page's terms
    // confirm it (find.ts): a short word is as often meant.
    const longer = sameFirstLetter(term, vocabulary).filter((word) => word.length === term.length + 1 && onlyLeftOut(term, word));
    const correction = correctWord(term, vocabulary, longer, 1);
    return correction && { ...correction, sure: false, real: true, typingSlip: true };
  }
  const correction = correctWord(term, vocabulary, among);
  if (known === 'stem' && !(correction?.sure && typingSlip(term, correction.to))) return undefined;
  return correction;
}

/** The handbook's words that begin with the word's first letter: one run of the sorted list. */
function sameFirstLetter(term: string, vocabulary: Vocabulary): readonly string[] {
  return vocabulary.words.slice(
    firstFrom(vocabulary.words, term[0]),
    firstFrom(vocabulary.words, String.fromCharCode(term.charCodeAt(0) + 1)),
  );
}

/** Whether two words differ by one letter left out, one too many, or two next to each other swapped. */
export function typingSlip(typed: string, word: string): boolean {
  if (Math.abs(typed.length - word.length) === 1) return onlyLeftOut(typed, word) || onlyLeftOut(word, typed);
  if (typed.length !== word.length) return false;
  const differ = [...typed].flatMap((letter, at) => (letter === word[at] ? [] : [at]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && typed[differ[0]] === word[differ[1]] && typed[differ[1]] === word[differ[0]];
}

/** Whether `word` is `typed` with letters added: the typist left them out ("buling": bullying). */
function onlyLeftOut(typed: string, word: string): boolean {
  let at = 0;
  for (const letter of word) if (letter === typed[at]) at++;
  return at === typed.length;
}

/**
 * The corrections for a query's words: each word the handbook does not use, with its correction (marked
 * `real` for a real English word, which only the pages can confirm); and two words the handbook writes as
 * one ("sleep over": sleepover), offered but not sure.
 */
export function corrections(terms: readonly string[], vocabulary: Vocabulary): Correction[] {
  const found: Correction[] = [];
  terms.forEach((term, at) => {
    const known = isKnown(term, vocabulary);
    const correction = slipCorrection(term, vocabulary);
    // A real word is corrected only where the pages confirm the slip (find.ts): never sure on its own.
    const real = vocabulary.realWords.has(term);
    if (correction && !found.some((earlier) => earlier.from === term))
      found.push(real ? { ...correction, sure: false, real, typingSlip: typingSlip(term, correction.to) } : correction);
    const next = terms[at + 1];
    if (known && next && vocabulary.band.has(term + next) && isKnown(next, vocabulary))
      found.push({ from: `${term} ${next}`, to: term + next, sure: false });
  });
  return found;
}

/** The query as typed, with the corrections made and everything else left as it was. */
export function correctQuery(query: string, fixes: readonly Correction[]): string {
  // Two words typed apart may be typed with a hyphen between them ("safe-guarding": safeguarding).
  return fixes.reduce((text, { from, to }) => text.replace(new RegExp(`\\b${from.replace(' ', '[\\s\\p{Pd}]+')}\\b`, 'giu'), to), query);
}
