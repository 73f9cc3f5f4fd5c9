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
  const { byId, pointingAt } = linksOf(sections);
  const own = [...new Set(byId.get(id)?.related ?? [])].filter((other) => other !== id);
  const pointingHere = (pointingAt.get(id) ?? []).filter((other) => other !== id && !own.includes(other));
  return [...own, ...pointingHere.slice(0, Math.max(0, limit - own.length))];
}

/**
 * Each section by id, and the sections that list each id (in the order given), worked out once per list
 * of sections (a list the build makes once and never changes) rather than once per page: every page of a
 * handbook of 2,000 asks.
 */
const links = new WeakMap<readonly RelatableSection[], { byId: Map<string, RelatableSection>; pointingAt: Map<string, string[]> }>();
function linksOf(sections: readonly RelatableSection[]) {
  let found = links.get(sections);
  if (!found) {
    const byId = new Map<string, RelatableSection>();
    const pointingAt = new Map<string, string[]>();
    for (const section of sections) {
      if (!byId.has(section.id)) byId.set(section.id, section);
      for (const target of new Set(section.related)) {
        const list = pointingAt.get(target);
        if (list) list.push(section.id);
        else pointingAt.set(target, [section.id]);
      }
    }
    found = { byId, pointingAt };
    links.set(sections, found);
  }
  return found;
}

export function guidesFor<G extends SummarisingGuide>(id: string, guides: readonly G[]): G[] {
  return guides.filter((guide) => guide.sources.includes(id));
}
