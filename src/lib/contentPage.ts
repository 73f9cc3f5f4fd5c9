/**
 * What every content page (a handbook section, a One Minute Guide, a document) shows, as plain data built
 * once by src/data/handbook.ts. The page shell (src/layouts/ContentPage.astro) only renders it: what
 * differs between the three kinds of page is here, as data, not as copied markup.
 */
import { pageLastUpdated } from './gitDates.ts';
import { neighbours } from './readingOrder.ts';
import { guidesFor, relatedSectionIds } from './relatedPages.ts';
import { pageUrl, sitePages, standardUrl, type ContentType, type PageLink } from './routes.ts';
import { groupBySet, standardName, type StandardInfo } from './standards.ts';

export interface StandardGroup {
  /** The set's title, for example "Fostering Services: National Minimum Standards (2011)". */
  set: string;
  /** Its short title, for example "National Minimum Standards" (in running text, as on paper). */
  shortSet: string;
  standards: PageLink[];
}

export interface ContentPageData {
  collection: ContentType;
  id: string;
  /** The h1. */
  title: string;
  /** The <title>, without the site's name. */
  documentTitle: string;
  /** A line above the h1 saying what kind of page this is, where the title alone does not. */
  label?: string;
  summary: string;
  /** What to do now, right under the title, on a page whose subject can be an emergency. */
  urgent?: UrgentSteps;
  /** A handbook section's key points, shown before its first section; none on other pages. */
  keyPoints: string[];
  /** Home first; the page itself is not included (it is the h1). */
  crumbs: PageLink[];
  /** The standards the page cites, by set: shown after the text, where staff and inspectors look. */
  standards: StandardGroup[];
  /** Whether the page offers "On this page" (long pages do; a One Minute Guide is read in a minute). */
  contents: boolean;
  /** The date the document gives itself, in its own words. */
  documentDate?: string;
  /** A guide's handbook sections ("This guide summarises"). */
  sources: PageLink[];
  related: { sections: PageLink[]; guides: PageLink[] };
  previous?: PageLink;
  next?: PageLink;
  seeAlso: (PageLink & { note?: string })[];
  reviewed: Date;
  updated: Date;
  editUrl?: string;
}

/** A page's `urgent` frontmatter: the steps to take now, and the ids of the contacts to ring. */
export interface UrgentSteps {
  steps: readonly string[];
  call: readonly string[];
}

export interface PageFacts {
  id: string;
  title: string;
  summary: string;
  standards: readonly string[];
  seeAlso: readonly { title: string; url: string; note?: string }[];
  urgent?: UrgentSteps;
  reviewed: Date;
  /** What changed and when, newest first: "Last updated" falls back to it where git has no date. */
  changes?: readonly { date: Date }[];
  /** The content file, for "Last updated" and "Suggest a change". */
  filePath?: string;
}

export interface SectionFacts extends PageFacts {
  part: string;
  keyPoints: readonly string[];
  related: readonly string[];
}

export interface GuideFacts extends PageFacts {
  sources: readonly string[];
}

export interface DocumentFacts extends PageFacts {
  documentDate?: string;
}

/** What the builders need to know about the rest of the site. */
export interface SiteFacts {
  /** Handbook sections in reading order. */
  sections: readonly SectionFacts[];
  guides: readonly GuideFacts[];
  parts: readonly { id: string; title: string }[];
  standards: ReadonlyMap<string, StandardInfo>;
  /** When a file last changed (from git), or undefined when that is not known. */
  lastChanged: (filePath: string) => Date | undefined;
  editUrl: (filePath: string) => string;
}

/** A page's related sections: its own `related` first, then back-links, together at most this many. */
export const relatedLimit = 8;

function standardGroups(ids: readonly string[], site: SiteFacts): StandardGroup[] {
  return groupBySet(ids, site.standards).map(({ set, standards }) => ({
    set: set.title,
    shortSet: set.shortTitle,
    standards: standards.map((standard) => ({ href: standardUrl(standard.id), title: standardName(standard) })),
  }));
}

function common(collection: ContentType, page: PageFacts, site: SiteFacts) {
  return {
    collection,
    id: page.id,
    title: page.title,
    documentTitle: page.title,
    summary: page.summary,
    urgent: page.urgent,
    keyPoints: [],
    standards: standardGroups(page.standards, site),
    seeAlso: page.seeAlso.map((link) => ({ href: link.url, title: link.title, note: link.note })),
    reviewed: page.reviewed,
    updated: pageLastUpdated(page.filePath ? site.lastChanged(page.filePath) : undefined, page).date,
    editUrl: page.filePath && site.editUrl(page.filePath),
    sources: [],
    related: { sections: [], guides: [] },
  };
}

const sectionLink = (section: { id: string; title: string }): PageLink => ({ href: pageUrl('handbook', section.id), title: section.title });

export function sectionPage(section: SectionFacts, site: SiteFacts): ContentPageData {
  const part = site.parts.find((p) => p.id === section.part)!;
  const { previous, next } = neighbours(site.sections, section.id);
  const related = relatedSectionIds(section.id, site.sections, relatedLimit).map((id) => site.sections.find((s) => s.id === id)!);
  return {
    ...common('handbook', section, site),
    keyPoints: [...section.keyPoints],
    crumbs: [sitePages.home, sitePages.contents, { href: `/contents/#${part.id}`, title: part.title }],
    contents: true,
    related: {
      sections: related.map(sectionLink),
      guides: guidesFor(section.id, site.guides).map((guide) => ({ href: pageUrl('guides', guide.id), title: guide.title })),
    },
    previous: previous && sectionLink(previous),
    next: next && sectionLink(next),
  };
}

export function guidePage(guide: GuideFacts, site: SiteFacts): ContentPageData {
  return {
    ...common('guides', guide, site),
    documentTitle: `${guide.title}: One Minute Guide`,
    label: 'One Minute Guide',
    crumbs: [sitePages.home, sitePages.guides],
    contents: false,
    sources: guide.sources.map((id) => sectionLink(site.sections.find((s) => s.id === id)!)),
  };
}

export function documentPage(document: DocumentFacts, site: SiteFacts): ContentPageData {
  return {
    ...common('documents', document, site),
    crumbs: [sitePages.home, sitePages.documents],
    contents: true,
    documentDate: document.documentDate,
  };
}
