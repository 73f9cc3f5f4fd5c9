/** The glossary page's order: terms A to Z, grouped by first letter, with a letter index. */

export interface GlossaryEntry {
  id: string;
  term: string;
}

export interface LetterGroup<T> {
  letter: string;
  /** The id of the letter's heading, the target of the letter index. */
  anchor: string;
  entries: T[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The first letter a reader would file a term under (ignoring quotes and case); "#" for digits and symbols. */
export function filingLetter(term: string): string {
  const first = term.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export function glossaryByLetter<T extends GlossaryEntry>(entries: readonly T[]): LetterGroup<T>[] {
  const key = (term: string) => term.replace(/^[^\p{L}\p{N}]+/u, '');
  const sorted = [...entries].sort((a, b) => collator.compare(key(a.term), key(b.term)) || a.id.localeCompare(b.id));
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = filingLetter(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, group]) => ({ letter, anchor: letter === '#' ? 'letter-numbers' : `letter-${letter.toLowerCase()}`, entries: group }));
}

/** Every letter A to Z for the index, with the anchor of its group, or none when no term starts with it. */
export function letterIndex(groups: readonly LetterGroup<unknown>[]): { letter: string; anchor?: string }[] {
  const anchors = new Map(groups.map((g) => [g.letter, g.anchor]));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  return [...(anchors.has('#') ? ['#'] : []), ...letters].map((letter) => ({ letter, anchor: anchors.get(letter) }));
}
