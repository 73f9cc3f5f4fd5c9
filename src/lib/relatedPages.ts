/**
 * Related pages for a handbook section. `related` works both ways: if page A lists B, B shows A too,
 * so authors only need to link a pair once. One Minute Guides that summarise a section (their
 * `sources`) are listed on it automatically.
 */

export interface RelatableSection {
  id: string;
  related: readonly string[];
}

export interface SummarisingGuide {
  id: string;
  sources: readonly string[];
}

export function relatedSectionIds(id: string, sections: readonly RelatableSection[]): string[] {
  const own = sections.find((s) => s.id === id)?.related ?? [];
  const pointingHere = sections.filter((s) => s.id !== id && s.related.includes(id)).map((s) => s.id);
  return [...new Set([...own, ...pointingHere])].filter((other) => other !== id);
}

export function guidesFor<G extends SummarisingGuide>(id: string, guides: readonly G[]): G[] {
  return guides.filter((guide) => guide.sources.includes(id));
}
