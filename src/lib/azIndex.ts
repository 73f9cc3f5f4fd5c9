/**
 * The A to Z index: every page and glossary term, and the other names carers know them by, in
 * alphabetical order under their initial letter.
 */

export interface AzEntry {
  /** The words listed, as the reader knows them. */
  label: string;
  href: string;
  /** What it is: "Handbook section", "One Minute Guide", "Glossary"… */
  kind: string;
  /** Extra words after the link: an acronym's expansion, or "see …" for another name. */
  note?: string;
}

export interface AzLetter {
  letter: string;
  /** An id for the letter's heading, safe in a URL fragment ("a", "0-9"). */
  id: string;
  entries: AzEntry[];
}

const sortKey = (label: string) => label.replace(/^[^A-Za-z0-9]+/, '').replace(/^the\s+/i, '');

/** The letter an entry is filed under: its first letter, or 0-9 for a number; "The" is ignored. */
export function initialOf(label: string): string {
  const first = sortKey(label).charAt(0).toUpperCase();
  return /[0-9]/.test(first) ? '0-9' : first;
}

export function compareEntries(a: AzEntry, b: AzEntry): number {
  return (
    sortKey(a.label).localeCompare(sortKey(b.label), 'en', { sensitivity: 'base', numeric: true }) ||
    a.kind.localeCompare(b.kind)
  );
}

/** Entries grouped by initial letter, letters in order (0-9 first), entries sorted, exact repeats dropped. */
export function azIndex(entries: readonly AzEntry[]): AzLetter[] {
  const seen = new Set<string>();
  const unique = entries.filter((entry) => {
    const key = `${entry.label.toLowerCase()}|${entry.href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const letters = new Map<string, AzEntry[]>();
  for (const entry of [...unique].sort(compareEntries)) {
    const letter = initialOf(entry.label);
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters.entries()]
    .sort(([a], [b]) => (a === '0-9' ? -1 : b === '0-9' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, id: letter.toLowerCase(), entries: list }));
}

export const alphabet = ['0-9', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
