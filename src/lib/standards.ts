/** Standards and regulations: labels, grouping by set, and which pages cite each one. */

export type StandardSet = 'nms' | 'regulations' | 'tsd';
export type RegulationKind = 'part' | 'regulation' | 'schedule';

export interface StandardInfo {
  id: string;
  set: StandardSet;
  kind?: RegulationKind;
  number: number;
  title?: string | null;
}

export const standardSets: readonly { id: StandardSet; title: string; shortTitle: string }[] = [
  { id: 'nms', title: 'Fostering Services: National Minimum Standards (2011)', shortTitle: 'National Minimum Standards' },
  { id: 'regulations', title: 'The Fostering Services (England) Regulations 2011', shortTitle: 'Fostering Regulations' },
  {
    id: 'tsd',
    title: 'Training, Support and Development Standards for Foster Care',
    shortTitle: 'Training, Support and Development Standards',
  },
];

const kindRank: Record<RegulationKind, number> = { part: 0, regulation: 1, schedule: 2 };
const setRank = new Map(standardSets.map((set, index) => [set.id, index]));

/** "Standard 4", "Regulation 12", "Schedule 7", "Part 2", "TSD Standard 6". */
export function standardLabel(standard: StandardInfo): string {
  if (standard.set === 'regulations') {
    const kind = standard.kind ?? 'regulation';
    return `${kind[0].toUpperCase()}${kind.slice(1)} ${standard.number}`;
  }
  if (standard.set === 'tsd') return `TSD Standard ${standard.number}`;
  return `Standard ${standard.number}`;
}

/**
 * The label and the official title: "Standard 4: Safeguarding Children". A standard the catalogue gives
 * no title for (a Part of the Regulations whose heading is not in the catalogue) is named by its label
 * alone: whether a title is confirmed is for staff (npm run report:standards), not for readers.
 */
export function standardName(standard: StandardInfo): string {
  return standard.title ? `${standardLabel(standard)}: ${standard.title}` : standardLabel(standard);
}

/**
 * The heading of a standard's own page, where it stands alone: its name, or with no title, the label and
 * the set it belongs to ("Part 2 of the Fostering Services (England) Regulations 2011").
 */
export function standardHeading(standard: StandardInfo): string {
  if (standard.title) return standardName(standard);
  const set = standardSets.find((s) => s.id === standard.set);
  return set ? `${standardLabel(standard)} of ${set.title.replace(/^The /, 'the ')}` : standardLabel(standard);
}

export function compareStandards(a: StandardInfo, b: StandardInfo): number {
  return (
    (setRank.get(a.set) ?? 9) - (setRank.get(b.set) ?? 9) ||
    kindRank[a.kind ?? 'regulation'] - kindRank[b.kind ?? 'regulation'] ||
    a.number - b.number
  );
}

/** The cited standards grouped by set, in catalogue order; sets with nothing cited are left out. */
export function groupBySet<S extends StandardInfo>(
  ids: readonly string[],
  catalogue: ReadonlyMap<string, S>,
): { set: (typeof standardSets)[number]; standards: S[] }[] {
  const cited = [...new Set(ids)]
    .map((id) => catalogue.get(id))
    .filter((s): s is S => s !== undefined)
    .sort(compareStandards);
  return standardSets
    .map((set) => ({ set, standards: cited.filter((s) => s.set === set.id) }))
    .filter((group) => group.standards.length > 0);
}

export interface CitingPage {
  /** Content type: handbook, guides or documents. */
  collection: string;
  id: string;
  title: string;
  standards: readonly string[];
}

/** For every standard id, the pages whose frontmatter cites it, in the order the pages were given. */
export function citationIndex<P extends CitingPage>(pages: readonly P[]): Map<string, P[]> {
  const index = new Map<string, P[]>();
  for (const page of pages) {
    for (const id of new Set(page.standards)) {
      const citing = index.get(id) ?? [];
      citing.push(page);
      index.set(id, citing);
    }
  }
  return index;
}

/** Pages grouped by content type, in the order of `collections`; empty groups are left out. */
export function groupByCollection<P extends CitingPage>(
  pages: readonly P[],
  collections: readonly string[],
): { collection: string; pages: P[] }[] {
  return collections
    .map((collection) => ({ collection, pages: pages.filter((p) => p.collection === collection) }))
    .filter((group) => group.pages.length > 0);
}

/**
 * Which standards the handbook cites, set by set: the coverage view staff use to find gaps. Every
 * standard in the catalogue is either cited (with its pages) or uncited.
 */
export function coverageBySet<S extends StandardInfo, P>(
  catalogue: readonly S[],
  citations: ReadonlyMap<string, readonly P[]>,
): { set: (typeof standardSets)[number]; cited: { standard: S; pages: readonly P[] }[]; uncited: S[] }[] {
  return standardSets
    .map((set) => {
      const standards = catalogue.filter((s) => s.set === set.id).sort(compareStandards);
      return {
        set,
        cited: standards
          .filter((s) => (citations.get(s.id)?.length ?? 0) > 0)
          .map((standard) => ({ standard, pages: citations.get(standard.id)! })),
        uncited: standards.filter((s) => (citations.get(s.id)?.length ?? 0) === 0),
      };
    })
    .filter((group) => group.cited.length + group.uncited.length > 0);
}
