/**
 * What the search index knows about each page beyond its words (its content type as the search filters
 * name them, its part, summary, the standards it cites and its aliases), and the choices the filters offer.
 */
import type { ContentType } from '../routes.ts';
import { groupBySet, standardName, type StandardInfo } from '../standards.ts';
import { aliasesFor, phrasesFor, type AliasRule, type PageAlias, type PageText } from './aliases.ts';
import { aliasFields, phraseField } from './aliasFields.ts';

/** A content type a reader can filter search results by: its value in the address, and its name. */
export interface SearchType {
  id: string;
  label: string;
}

/**
 * The council's kinds of document (documentKinds in content/site.yaml), for example a charter with its
 * support strategy, and a statement of purpose. A document in no kind is a plain "Document".
 */
export interface DocumentKind extends SearchType {
  documents: readonly string[];
}

const pageTypes = {
  handbook: { id: 'handbook', label: 'Handbook section' },
  guides: { id: 'guide', label: 'One Minute Guide' },
} as const;

/** A document no kind names. */
export const plainDocument: SearchType = { id: 'document', label: 'Document' };

/** A page's content type as the search filters name it: a document's from the kind that lists it. */
export function searchTypeOf(collection: ContentType, id: string, kinds: readonly DocumentKind[] = []): SearchType {
  if (collection !== 'documents') return pageTypes[collection];
  const kind = kinds.find((k) => k.documents.includes(id));
  return kind ? { id: kind.id, label: kind.label } : plainDocument;
}

/**
 * The content types the filter offers, in order: sections, guides, then each kind of document that has a
 * document (`documentIds`, the site's documents), then "Document" if any document is in no kind.
 */
export function searchTypes(documentIds: readonly string[], kinds: readonly DocumentKind[] = []): SearchType[] {
  const used = kinds.filter((kind) => kind.documents.some((id) => documentIds.includes(id))).map(({ id, label }) => ({ id, label }));
  const unlisted = documentIds.some((id) => !kinds.some((kind) => kind.documents.includes(id)));
  return [pageTypes.handbook, pageTypes.guides, ...used, ...(unlisted ? [plainDocument] : [])];
}

/** The "Standard or regulation cited" filter's choices: only standards some page cites, grouped by set. */
export function standardFilterChoices(cited: readonly string[], catalogue: ReadonlyMap<string, StandardInfo>) {
  return groupBySet(cited, catalogue).map(({ set, standards }) => ({
    group: set.shortTitle,
    options: standards.map((s) => ({ value: s.id, label: standardName(s) })),
  }));
}

/** What the search index holds about one page beyond its words (rendered, hidden, by SearchIndexData). */
export interface SearchIndexFacts {
  /** The content-type filter's value; the contacts page and the glossary have none (see sitePageFacts). */
  type?: string;
  typeLabel: string;
  summary: string;
  part?: { id: string; title: string };
  standards: readonly string[];
  /**
   * The page's search aliases, one metadata field per strength, strongest first, then its carers' phrases
   * (phraseField); empty fields left out.
   */
  aliases: { field: (typeof aliasFields)[keyof typeof aliasFields] | typeof phraseField; words: string }[];
}

export interface IndexedPage {
  collection: ContentType;
  id: string;
  title: string;
  summary: string;
  /** Everything a reader sees on the page as text: its MDX as text and the standards box's names. */
  text: string;
  part?: { id: string; title: string };
  standards: readonly string[];
}

/** A page's aliases, one metadata field per strength, strongest first, then its phrases; empty fields left out. */
function aliasGroups(page: PageText, rules: readonly AliasRule[], common?: ReadonlySet<string>): SearchIndexFacts['aliases'] {
  const found: readonly PageAlias[] = aliasesFor(page, rules);
  const groups: SearchIndexFacts['aliases'] = ([3, 2, 1] as const).map((strength) => ({
    field: aliasFields[strength],
    words: found
      .filter((a) => a.strength === strength)
      .map((a) => a.words)
      // Commas keep the phrases apart for the search page (see typedPhrase); Pagefind indexes the words.
      .join(', '),
  }));
  groups.push({ field: phraseField, words: phrasesFor(page, rules, common).join(', ') });
  return groups.filter((group) => group.words.length > 0);
}

/**
 * A page's index-only facts. Aliases are metadata, not text, so excerpts only ever quote what readers see
 * on the page; each strength is its own field, so the search page can rank a page named for something above
 * a passing mention.
 */
export function searchIndexFacts(
  page: IndexedPage,
  rules: readonly AliasRule[],
  common?: ReadonlySet<string>,
  kinds?: readonly DocumentKind[],
): SearchIndexFacts {
  const type = searchTypeOf(page.collection, page.id, kinds);
  const aliases = aliasGroups({ title: page.title, summary: page.summary, body: page.text }, rules, common);
  return { type: type.id, typeLabel: type.label, summary: page.summary, part: page.part, standards: page.standards, aliases };
}

/**
 * Every carers' phrase the pages are known by (their phrase fields, see aliasGroups), once each: the
 * search page is sent the list, and looks in pages for a phrase only when the reader typed one of them.
 */
export function phrasesKnown(pages: readonly Pick<SearchIndexFacts, 'aliases'>[]): string[] {
  const phrases = pages.flatMap(({ aliases }) =>
    // Split as the search page splits the field (find.ts, typedPhrase), so both hold the same phrases.
    aliases.filter((group) => group.field === phraseField).flatMap((group) => group.words.split(',').map((phrase) => phrase.trim())),
  );
  return [...new Set(phrases.filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** A page of the site that search finds beside the handbook's own pages: the contacts page, the glossary. */
export interface SitePage {
  title: string;
  summary: string;
  /** What a reader reads on the page, for its search aliases (the carers' words for what it says). */
  text: string;
  /** What a search result calls it ("Contacts"). */
  typeLabel: string;
}

/**
 * The index-only facts of the contacts page and the glossary: found by "phone numbers" or "what does LADO
 * mean", with the carers' words for what they say; no content-type filter, so a search filtered to a kind
 * of handbook page leaves them out.
 */
export function sitePageFacts(page: SitePage, rules: readonly AliasRule[], common?: ReadonlySet<string>): SearchIndexFacts {
  const aliases = aliasGroups({ title: page.title, summary: page.summary, body: page.text }, rules, common);
  return { typeLabel: page.typeLabel, summary: page.summary, standards: [], aliases };
}
