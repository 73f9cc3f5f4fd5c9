/** Reading order of the handbook: parts in their `order`, and within a part, pages in their `order`. */

export interface PartInfo {
  id: string;
  order: number;
  title: string;
}

export interface SectionInfo {
  id: string;
  title: string;
  part: string;
  order: number;
}

export function partOrder<P extends PartInfo>(parts: readonly P[]): P[] {
  return [...parts].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** Every section in reading order. Ties within a part fall back to the title so the order is stable. */
export function readingOrder<S extends SectionInfo>(sections: readonly S[], parts: readonly PartInfo[]): S[] {
  const rank = new Map(partOrder(parts).map((part, index) => [part.id, index]));
  const partRank = (section: S) => rank.get(section.part) ?? Number.MAX_SAFE_INTEGER;
  return [...sections].sort((a, b) => partRank(a) - partRank(b) || a.order - b.order || a.title.localeCompare(b.title));
}

/** The parts in order, each with its sections in reading order. Parts with no pages are kept (and shown empty). */
export function contentsByPart<P extends PartInfo, S extends SectionInfo>(
  parts: readonly P[],
  sections: readonly S[],
): { part: P; sections: S[] }[] {
  const ordered = readingOrder(sections, parts);
  return partOrder(parts).map((part) => ({ part, sections: ordered.filter((s) => s.part === part.id) }));
}

/** The pages before and after `id` in reading order (undefined at either end). */
export function neighbours<S extends { id: string }>(ordered: readonly S[], id: string): { previous?: S; next?: S } {
  const index = ordered.findIndex((s) => s.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
