/**
 * The printable handbook's data (/print/), built once: its parts in reading order with their sections,
 * then the One Minute Guides and the documents, each page with what it prints above its text (its title,
 * summary, key points and standards as words) and the entry to render. See src/lib/printEdition.ts.
 */
import { contentTypeLabels, type ContentType } from '../lib/routes.ts';
import { printAnchor, printedPages } from '../lib/printEdition.ts';
import { contentsByPart } from '../lib/readingOrder.ts';
import { groupBySet, standardName } from '../lib/standards.ts';
import { getHandbook, type ContentEntry } from './handbook.ts';

export interface PrintedPage {
  anchor: string;
  title: string;
  /** What kind of page, said before the title where the title does not (guides). */
  label?: string;
  summary: string;
  keyPoints: readonly string[];
  /** The standards it follows, as words ("Standard 5: Children Missing from Care (National Minimum Standards)"). */
  standards: string[];
  entry: ContentEntry;
}

async function load() {
  const { parts: partEntries, sections, guides, documents, standardsById } = await getHandbook();
  const page = (collection: ContentType, entry: ContentEntry, label?: string): PrintedPage => ({
    anchor: printAnchor(collection, entry.id),
    title: entry.data.title,
    label,
    summary: entry.data.summary,
    keyPoints: 'keyPoints' in entry.data ? entry.data.keyPoints : [],
    standards: groupBySet(entry.data.standards, standardsById).flatMap(({ set, standards }) =>
      standards.map((s) => `${standardName(s)} (${set.shortTitle})`),
    ),
    entry,
  });
  const parts = contentsByPart(partEntries, sections).map(({ part, sections }) => ({
    anchor: `part-${part.id}`,
    title: part.data.title,
    description: part.data.description,
    pages: sections.map((section) => page('handbook', section)),
  }));
  const books = [
    { anchor: 'guides', title: contentTypeLabels.guides.many, pages: guides.map((guide) => page('guides', guide, 'One Minute Guide')) },
    { anchor: 'documents', title: contentTypeLabels.documents.many, pages: documents.map((document) => page('documents', document)) },
  ];
  const all = [...parts, ...books].flatMap((group) => group.pages);
  return {
    parts,
    /** The One Minute Guides, then the documents, after the parts. */
    books,
    /** Every printed page's address on the site and its anchor here, for links between them. */
    printed: printedPages(all.map((p) => ({ collection: p.entry.collection as ContentType, id: p.entry.id, title: p.title }))),
    all,
  };
}

let cached: ReturnType<typeof load> | undefined;

export function getPrintEdition() {
  cached ??= load();
  return cached;
}
