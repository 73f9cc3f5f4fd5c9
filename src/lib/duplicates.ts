/** Things that must be unique: page titles, file names, glossary terms, ids in the YAML lists. */

export interface Located {
  file: string;
  line: number;
}

/** Every item whose key was already used, with where it was first used. Keys compare case-insensitively. */
export function repeats<T extends Located>(items: readonly T[], key: (item: T) => string): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const found: { item: T; first: T }[] = [];
  for (const item of items) {
    const k = key(item).trim().toLowerCase();
    const first = seen.get(k);
    if (first) found.push({ item, first });
    else seen.set(k, item);
  }
  return found;
}

/** A page's file name: lower-case words and numbers joined by hyphens, ending .mdx. */
export function isGoodFileName(name: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/.test(name);
}

/** The file name a title would have: "Missing from Care" -> missing-from-care. */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
