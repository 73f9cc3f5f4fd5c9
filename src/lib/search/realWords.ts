/**
 * The real English words that "Did you mean …?" must not take for slips on their own: words the handbook
 * never uses that are close enough to one it does to be "corrected" ("abortion" to "adoption", "groomer"
 * to "groomed"). A reader who types one usually means it, and the search should say the handbook may not
 * cover it, not answer another question; only the pages can show it was a slip ("mental heath": find.ts,
 * confirmsSlip). Worked out at build time from a list of common English words
 * (src/data/englishWords.ts), against the corrections the search page would make (corrections.ts), so only the
 * words that would be corrected are sent: a few thousand, not the whole list.
 */
import { allowedEdits, howKnown, slipCorrection } from './corrections.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Every string left when up to `n` letters after the first are taken out of `word`, the word itself
 * included. The first letter stays: corrections only reach words that begin with the same letter, and two
 * such words can always be lined up with their first letters matched.
 */
function shortenings(word: string, n: number, into: Set<string>): void {
  into.add(word);
  for (let at = 1; n > 0 && at < word.length; at++) {
    // A doubled letter leaves the same string whichever of the two goes.
    if (word[at] === word[at - 1] && at > 1) continue;
    shortenings(word.slice(0, at) + word.slice(at + 1), n - 1, into);
  }
}

/**
 * The words of `english`, as a reader types them (lower case, no accents), that the search would
 * otherwise correct, sorted.
 *
 * Two words within n edits of each other (letters added, dropped, changed or swapped) leave a string in
 * common when at most n letters are taken out of each. So each handbook word is filed under every string
 * it leaves with two letters out, and an English word is weighed by correctWord against only the handbook
 * words filed under its own strings (and, as always, for splitting in two): the 77,000 English words take about a
 * second at build time, where weighing each against every handbook word took five.
 */
export function realWordsNear(english: Iterable<string>, vocabulary: Vocabulary): string[] {
  const filed = new Map<string, string[]>();
  for (const word of vocabulary.words) {
    const left = new Set<string>();
    shortenings(word, 2, left);
    for (const key of left) {
      const words = filed.get(key);
      if (words) words.push(word);
      else filed.set(key, [word]);
    }
  }
  const near = new Set<string>();
  for (const listed of english) {
    // As a reader types it: "Café" and "Paris" are typed "cafe" and "paris".
    const word = listed
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (near.has(word) || !/^[a-z]+$/.test(word)) continue;
    // A short word is always weighed as a real word is (corrections.ts): it need not be sent.
    const known = howKnown(word, vocabulary);
    if (known === 'word' || known === 'short') continue;
    const left = new Set<string>();
    shortenings(word, allowedEdits(word.length), left);
    const among = new Set<string>();
    for (const key of left) for (const other of filed.get(key) ?? []) among.add(other);
    // With no near word, slipCorrection still tries the word split in two ("pocketmoney").
    if (slipCorrection(word, vocabulary, [...among])) near.add(word);
  }
  return [...near].sort();
}
