/**
 * Related pages for a handbook section. `related` works both ways: if page A lists B, B shows A too,
 * so authors only need to link a pair once. One Minute Guides that summarise a section (their
 * `sources`) are listed on it automatically.
 *
 * Back-links are capped: a page many others point at would otherwise list them all, growing with the
 * handbook. A page's own choices always show; back-links fill the rest, in the order the sections are given
 * (reading order).
 */

export interface RelatableSection {
  id: string;
  related: readonly string[];
}

export interface SummarisingGuide {
  id: string;
  sources: readonly string[];
}

export function relatedSectionIds(id: string, sections: readonly RelatableSection[], limit = Infinity): string[] {
  const own = [...new Set(sections.find((s) => s.id === id)?.related ?? [])].filter((other) => other !== id);
  const pointingHere = sections.filter((s) => s.id !== id && s.related.includes(id) && !own.includes(s.id)).map((s) => s.id);
  return [...own, ...pointingHere.slice(0, Math.max(0, limit - own.length))];
}

export function guidesFor<G extends SummarisingGuide>(id: string, guides: readonly G[]): G[] {
  return guides.filter((guide) => guide.sources.includes(id));
}
