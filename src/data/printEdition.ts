/**
 * The printable handbook's data (/print/), built once: its parts in reading order with their sections,
 * then the One Minute Guides and the documents, each page with what it prints above its text (its title,
 * summary, key points and standards as words) and the entry to render. See src/lib/printEdition.ts.
 */
import { contentTypeLabels } from '../lib/routes.ts';
import { siteSettings } from '../lib/siteConfig.ts';
import { printAnchor, printedPages } from '../lib/printEdition.ts';
import { getHandbook, type ContentEntry, type ContentRoute } from './handbook.ts';

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

/** A page as printed: what its route already shows above its text, in words, and the entry to render. */
function printedPage({ entry, page }: ContentRoute): PrintedPage {
  return {
    anchor: printAnchor(page.collection, page.id),
    title: page.title,
    label: page.label,
    summary: page.summary,
    keyPoints: page.keyPoints,
    standards: page.standards.flatMap(({ shortSet, standards }) => standards.map((s) => `${s.title} (${shortSet})`)),
    entry,
  };
}

async function load() {
  const { contents, routes } = await getHandbook();
  // The sections' routes are in reading order, part by part, as the Contents lists them.
  const parts = contents.map((part) => ({
    anchor: `part-${part.id}`,
    title: part.title,
    description: part.description,
    pages: routes.handbook.filter(({ entry }) => 'part' in entry.data && entry.data.part === part.id).map(printedPage),
  }));
  const books = [
    { anchor: 'guides', title: contentTypeLabels.guides.many, pages: routes.guides.map(printedPage) },
    { anchor: 'documents', title: siteSettings().documentsTitle, pages: routes.documents.map(printedPage) },
  ];
  const all = [...parts, ...books].flatMap((group) => group.pages);
  return {
    parts,
    /** The One Minute Guides, then the documents, after the parts. */
    books,
    /** Every printed page's address on the site and its anchor here, for links between them. */
    printed: printedPages(all.map((p) => ({ collection: p.entry.collection, id: p.entry.id, title: p.title }))),
    all,
  };
}

let cached: ReturnType<typeof load> | undefined;

export function getPrintEdition() {
  cached ??= load();
  return cached;
}
