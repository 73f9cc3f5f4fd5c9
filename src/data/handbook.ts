/**
 * Route data, derived once from the content collections and shared by every page: the handbook in
 * reading order, the parts, the standards catalogue and who cites what, and what each content page shows
 * (src/lib/contentPage.ts). Pages only render this.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteChanges } from '../lib/changes.ts';
import { documentPage, guidePage, sectionPage, type ContentPageData, type SiteFacts } from '../lib/contentPage.ts';
import { contentsByPart, partOrder, readingOrder } from '../lib/readingOrder.ts';
import { contentTypes, pageUrl, type ContentType, type PageLink } from '../lib/routes.ts';
import { editUrl, siteSettings } from '../lib/siteConfig.ts';
import { citationIndex, compareStandards, type CitingPage } from '../lib/standards.ts';
import { mdxRenderedText, renderedPageText } from '../lib/search/renderedText.ts';
import { parseMdx } from '../lib/content/mdx.ts';
import { searchIndexFacts, searchTypes, standardFilterChoices, type SearchIndexFacts } from '../lib/search/indexFields.ts';
import { commonPhrases } from '../lib/search/aliases.ts';
import { lastUpdatedDates } from './lastUpdated.ts';
import { getAliasRules } from './aliasRules.ts';
import { getContacts } from './contacts.ts';

export type Section = CollectionEntry<'handbook'>;
export type Guide = CollectionEntry<'guides'>;
export type HandbookDocument = CollectionEntry<'documents'>;
export type Standard = CollectionEntry<'standards'>;
export type Part = CollectionEntry<'parts'>;
export type ContentEntry = Section | Guide | HandbookDocument;

export interface PageSummary extends CitingPage {
  collection: ContentType;
  summary: string;
  href: string;
}

/** A content page to build: its entry (to render), what the page shell shows around it, and what the search index holds about it. */
export interface ContentRoute {
  entry: ContentEntry;
  page: ContentPageData;
  searchIndex: SearchIndexFacts;
  /** The words a reader reads on the page, components' words included (renderedText.ts): for aliases and the vocabulary. */
  searchText: string;
}

function summarise(collection: ContentType, entry: ContentEntry): PageSummary {
  return {
    collection,
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    standards: entry.data.standards,
    href: pageUrl(collection, entry.id),
  };
}

const facts = <E extends ContentEntry>(entry: E): E['data'] & { id: string; filePath?: string } => ({
  ...entry.data,
  id: entry.id,
  filePath: entry.filePath,
});

async function load() {
  const partEntries = partOrder((await getCollection('parts')).map((p) => ({ ...p, order: p.data.order, title: p.data.title })));
  const sectionEntries = readingOrder(
    (await getCollection('handbook')).map((s) => ({ ...s, title: s.data.title, part: s.data.part, order: s.data.order })),
    partEntries,
  );
  const guides = (await getCollection('guides')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const documents = (await getCollection('documents')).sort((a, b) => a.data.order - b.data.order);
  const standards = (await getCollection('standards')).sort((a, b) => compareStandards({ ...a.data, id: a.id }, { ...b.data, id: b.id }));
  const standardsById = new Map(standards.map((s) => [s.id, { ...s.data, id: s.id }]));
  const pages: PageSummary[] = [
    ...sectionEntries.map((s) => summarise('handbook', s)),
    ...guides.map((g) => summarise('guides', g)),
    ...documents.map((d) => summarise('documents', d)),
  ];

  const dates = lastUpdatedDates();
  const site: SiteFacts = {
    sections: sectionEntries.map(facts),
    guides: guides.map(facts),
    parts: partEntries.map((p) => ({ id: p.id, title: p.data.title })),
    standards: standardsById,
    lastChanged: (filePath) => dates.get(filePath.replace(/^\.?\//, '')),
    editUrl,
  };
  const aliasRules = await getAliasRules();
  // The carers' phrases too many pages are about to lift any of them in search (aliases.ts).
  const phrasesOnMany = commonPhrases(pages, aliasRules);
  const { documentKinds } = siteSettings();
  const contacts = await getContacts();
  const route = (entry: ContentEntry, page: ContentPageData): ContentRoute => {
    const partId = 'part' in entry.data ? entry.data.part : undefined;
    const part = site.parts.find((p) => p.id === partId);
    // The page shows the standards it cites (StandardsBox) as well as its text, so both count.
    const standardsShown = page.standards.flatMap((group) => [group.set, ...group.standards.map((s) => s.title)]);
    // What a reader reads on the page: its text with what its components say, its key points with the
    // ways to reach whoever they name, and what the page lists after the text. The content gate has
    // already parsed every page, so this parse cannot fail on a page that is built.
    const body = mdxRenderedText(parseMdx(entry.body ?? ''), contacts.byId);
    const text = renderedPageText({ ...page, body, standardsShown }, contacts.all);
    const searchIndex = searchIndexFacts(
      { collection: page.collection, id: page.id, title: page.title, summary: page.summary, text, part, standards: entry.data.standards },
      aliasRules,
      phrasesOnMany,
      documentKinds,
    );
    return { entry, page, searchIndex, searchText: text };
  };
  const routes: Record<ContentType, ContentRoute[]> = {
    handbook: sectionEntries.map((entry) => route(entry, sectionPage(facts(entry), site))),
    guides: guides.map((entry) => route(entry, guidePage(facts(entry), site))),
    documents: documents.map((entry) => route(entry, documentPage(facts(entry), site))),
  };

  const citations = citationIndex(pages);
  return {
    parts: partEntries,
    sections: sectionEntries,
    /** The Contents: each part, in order, with its sections as links. */
    contents: contentsByPart(partEntries, sectionEntries).map(({ part, sections }) => ({
      id: part.id,
      title: part.data.title,
      description: part.data.description,
      pages: sections.map((s): PageLink => ({ href: pageUrl('handbook', s.id), title: s.data.title })),
    })),
    guides,
    documents,
    standards,
    standardsById,
    pages,
    /** Every page of each kind, in order (reading order, A to Z, document order), for lists of pages. */
    pagesOf: (collection: ContentType) => pages.filter((page) => page.collection === collection),
    routes,
    phrasesOnMany,
    citations,
    /** The search page's filter choices: the parts, and the standards some page cites. */
    searchFilters: {
      types: searchTypes(
        documents.map((d) => d.id),
        documentKinds,
      ),
      parts: site.parts,
      standards: standardFilterChoices([...citations.keys()], standardsById),
    },
    /** What's new: every recorded change, newest first, with the pages it touched. */
    changes: siteChanges([
      ...sectionEntries.map((s) => ({ title: s.data.title, href: pageUrl('handbook', s.id), changes: s.data.changes })),
      ...guides.map((g) => ({ title: `${g.data.title} (One Minute Guide)`, href: pageUrl('guides', g.id), changes: g.data.changes })),
      ...documents.map((d) => ({ title: d.data.title, href: pageUrl('documents', d.id), changes: d.data.changes })),
    ]),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything the pages need, computed on first use and shared for the rest of the build. */
export function getHandbook() {
  cached ??= load();
  return cached;
}

/** getStaticPaths for the content route: one page per entry of every kind, with what its shell shows. */
export async function contentPaths() {
  const { routes } = await getHandbook();
  return contentTypes.flatMap((collection) =>
    routes[collection].map((route) => ({ params: { collection, id: route.entry.id }, props: route })),
  );
}
