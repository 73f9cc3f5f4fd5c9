/**
 * Lists filed A to Z, the way a printed index files them: under the first letter or digit of the words,
 * ignoring case, leading quotes and a leading "The"; numbers first, under "0-9". The A to Z index and the
 * glossary both use it (and the LetterIndex component shows both).
 */

export interface LetterGroup<T> {
  /** "0-9" or "A" to "Z". */
  letter: string;
  /** The id of the letter's heading, the target of the letter links ("letter-a", "letter-0-9"). */
  id: string;
  entries: T[];
}

export const letters = ['0-9', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The words an entry is filed by: no leading quotes or symbols, no leading "The". */
export function filingKey(label: string): string {
  return label.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^the\s+/i, '');
}

/** The letter an entry is filed under: its first letter, or 0-9 for anything else. */
export function initialOf(label: string): string {
  const first = filingKey(label).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '0-9';
}

export const letterId = (letter: string) => `letter-${letter.toLowerCase()}`;

/**
 * Entries grouped by initial letter, letters in order (0-9 first), entries in filing order; ties keep
 * the order `tieBreak` gives (the glossary's id, the A to Z's kind of page).
 */
export function byLetter<T>(
  entries: readonly T[],
  label: (entry: T) => string,
  tieBreak: (a: T, b: T) => number = () => 0,
): LetterGroup<T>[] {
  const sorted = [...entries].sort((a, b) => collator.compare(filingKey(label(a)), filingKey(label(b))) || tieBreak(a, b));
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = initialOf(label(entry));
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return letters.filter((letter) => groups.has(letter)).map((letter) => ({ letter, id: letterId(letter), entries: groups.get(letter)! }));
}

/** The letter links: every letter A to Z (and 0-9 when something is filed there), linked where it has entries. */
export function letterLinks(groups: readonly LetterGroup<unknown>[]): { letter: string; id?: string }[] {
  const present = new Map(groups.map((group) => [group.letter, group.id]));
  return letters.filter((letter) => letter !== '0-9' || present.has(letter)).map((letter) => ({ letter, id: present.get(letter) }));
}
