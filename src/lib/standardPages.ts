/**
 * What the standards pages show, as plain data: a standard's own page (what it says, its official text,
 * the pages that cite it) and the standards index (each set with its cited standards and their pages,
 * then the rest of each set, each with its official text). Built once by src/data/standards.ts; the pages only render it.
 */
import { contentTypeLabels, contentTypes, sitePages, standardUrl, type ContentType, type PageLink } from './routes.ts';
import {
  coverageBySet,
  groupByCollection,
  standardHeading,
  standardLabel,
  standardName,
  standardSets,
  type CitingPage,
  type StandardInfo,
} from './standards.ts';

export interface StandardFacts extends StandardInfo {
  group?: string;
  covers?: string;
  outcome?: string;
  outcomeMore?: readonly string[];
  url: string;
  page?: number;
}

export interface CitingPageLink extends CitingPage, PageLink {
  collection: ContentType;
  summary: string;
}

/** Pages grouped under the names carers know them by ("Handbook sections", "One Minute Guides", …). */
export interface PageGroup {
  heading: string;
  pages: CitingPageLink[];
}

export interface StandardPageData {
  id: string;
  title: string;
  /** The set (and group) it belongs to, above the title. */
  label: string;
  description: string;
  crumbs: PageLink[];
  covers?: string;
  outcome?: string;
  outcomeMore: readonly string[];
  official: PageLink;
  /** "Standard 4", to say which standard the cited pages cite. */
  shortName: string;
  citing: PageGroup[];
}

/** Each kind of citing page under its name; the documents under `documentsTitle` (the site's name for them). */
function citingGroups(pages: readonly CitingPageLink[], documentsTitle: string = contentTypeLabels.documents.many): PageGroup[] {
  return groupByCollection(pages, contentTypes).map(({ collection, pages: group }) => ({
    heading: collection === 'documents' ? documentsTitle : contentTypeLabels[collection as ContentType].many,
    pages: group,
  }));
}

/** Where the official text is, said the way each set publishes it. */
export function officialLink(standard: StandardFacts): PageLink {
  const label = standardLabel(standard);
  const title =
    standard.set === 'nms'
      ? `Read the National Minimum Standards (PDF)${standard.page ? `, standard ${standard.number} is on page ${standard.page}` : ''}`
      : standard.set === 'tsd'
        ? 'Read the Training, Support and Development Standards guidance on GOV.UK'
        : `Read ${label} on legislation.gov.uk`;
  return { href: standard.url, title };
}

/** A standard's page; `documentsTitle` heads the documents that cite it (documentsTitle in content/site.yaml). */
export function standardPage(standard: StandardFacts, citing: readonly CitingPageLink[], documentsTitle?: string): StandardPageData {
  const set = standardSets.find((s) => s.id === standard.set)!;
  const title = standardHeading(standard);
  return {
    id: standard.id,
    title,
    label: standard.group ? `${set.title}: ${standard.group}` : set.title,
    description: `${title}, from ${set.title}, and the handbook pages that cite it.`,
    crumbs: [sitePages.home, sitePages.standards, { href: `/standards/#${set.id}`, title: set.shortTitle }],
    covers: standard.covers,
    outcome: standard.outcome,
    outcomeMore: standard.outcomeMore ?? [],
    official: officialLink(standard),
    shortName: standardLabel(standard),
    citing: citingGroups(citing, documentsTitle),
  };
}

export interface StandardsIndexData {
  sets: { id: string; title: string; cited: { standard: PageLink; citing: PageGroup[] }[] }[];
  /** Per set, how many are cited and the rest of the set (the index lists them with their official text). */
  uncited: { id: string; title: string; cited: number; total: number; standards: PageLink[] }[];
}

const standardLink = (standard: StandardInfo): PageLink => ({ href: standardUrl(standard.id), title: standardName(standard) });

export function standardsIndex(
  catalogue: readonly StandardFacts[],
  citations: ReadonlyMap<string, readonly CitingPageLink[]>,
): StandardsIndexData {
  const coverage = coverageBySet(catalogue, citations);
  return {
    sets: coverage.map(({ set, cited }) => ({
      id: set.id,
      title: set.title,
      cited: cited.map(({ standard, pages }) => ({ standard: standardLink(standard), citing: citingGroups(pages) })),
    })),
    uncited: coverage
      .filter(({ uncited }) => uncited.length > 0)
      .map(({ set, cited, uncited }) => ({
        id: set.id,
        title: set.title,
        cited: cited.length,
        total: cited.length + uncited.length,
        standards: uncited.map(standardLink),
      })),
  };
}
