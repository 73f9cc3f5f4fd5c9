/**
 * What the search index knows about each page beyond its words: its content type, as the search filters
 * name them, and the standards it cites.
 */
import type { ContentType } from '../routes.ts';

/** The content types a reader can filter search results by, in the order the filters list them. */
export const searchTypes = [
  { id: 'handbook', label: 'Handbook section' },
  { id: 'guide', label: 'One Minute Guide' },
  { id: 'charter-and-strategy', label: 'Charter and Support Strategy' },
  { id: 'statement-of-purpose', label: 'Statement of Purpose' },
] as const;

export type SearchTypeId = (typeof searchTypes)[number]['id'];

/** The Statement of Purpose is its own type; the other documents are the Charter and the Support Strategy. */
export function searchTypeOf(collection: ContentType, id: string): SearchTypeId {
  if (collection === 'handbook') return 'handbook';
  if (collection === 'guides') return 'guide';
  return id === 'statement-of-purpose' ? 'statement-of-purpose' : 'charter-and-strategy';
}

export function searchTypeLabel(type: SearchTypeId): string {
  return searchTypes.find((t) => t.id === type)!.label;
}

/**
 * The metadata fields that hold a page's search aliases, by how strongly the page is about them (3: in its
 * title, 2: in its summary, 1: in its text). The search page weights each field (pagefindOptions).
 */
export const aliasFields = { 3: 'aliasTitle', 2: 'aliasSummary', 1: 'aliasText' } as const;
