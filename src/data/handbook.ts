/**
 * Route data, derived once from the content collections and shared by every page: the handbook in
 * reading order, the parts, the standards catalogue and who cites what. Pages only render this.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentsByPart, partOrder, readingOrder } from '../lib/readingOrder.ts';
import { citationIndex, compareStandards, type CitingPage } from '../lib/standards.ts';
import { pageUrl, type ContentType } from '../lib/routes.ts';
import { siteChanges } from '../lib/changes.ts';

export type Section = CollectionEntry<'handbook'>;
export type Guide = CollectionEntry<'guides'>;
export type HandbookDocument = CollectionEntry<'documents'>;
export type Standard = CollectionEntry<'standards'>;
export type Part = CollectionEntry<'parts'>;

export interface PageSummary extends CitingPage {
  collection: ContentType;
  summary: string;
  url: string;
}

function summarise(collection: ContentType, entry: Section | Guide | HandbookDocument): PageSummary {
  return {
    collection,
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    standards: entry.data.standards,
    url: pageUrl(collection, entry.id),
  };
}

async function load() {
  const partEntries = partOrder((await getCollection('parts')).map((p) => ({ ...p, order: p.data.order, title: p.data.title })));
  const sectionEntries = readingOrder(
    (await getCollection('handbook')).map((s) => ({ ...s, title: s.data.title, part: s.data.part, order: s.data.order })),
    partEntries,
  );
  const guides = (await getCollection('guides')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const documents = (await getCollection('documents')).sort((a, b) => a.data.order - b.data.order);
  const standards = (await getCollection('standards')).sort((a, b) =>
    compareStandards({ ...a.data, id: a.id }, { ...b.data, id: b.id }),
  );
  const pages: PageSummary[] = [
    ...sectionEntries.map((s) => summarise('handbook', s)),
    ...guides.map((g) => summarise('guides', g)),
    ...documents.map((d) => summarise('documents', d)),
  ];
  return {
    parts: partEntries,
    sections: sectionEntries,
    contents: contentsByPart(partEntries, sectionEntries),
    guides,
    documents,
    standards,
    standardsById: new Map(standards.map((s) => [s.id, { ...s.data, id: s.id }])),
    pages,
    citations: citationIndex(pages),
    /** What's new: every recorded change, newest first, with the pages it touched. */
    changes: siteChanges([
      ...sectionEntries.map((s) => ({ title: s.data.title, url: pageUrl('handbook', s.id), changes: s.data.changes })),
      ...guides.map((g) => ({ title: `${g.data.title} (One Minute Guide)`, url: pageUrl('guides', g.id), changes: g.data.changes })),
      ...documents.map((d) => ({ title: d.data.title, url: pageUrl('documents', d.id), changes: d.data.changes })),
    ]),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything the pages need, computed on first use and shared for the rest of the build. */
export function getHandbook() {
  cached ??= load();
  return cached;
}
