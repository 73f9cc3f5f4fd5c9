/** Where each kind of content lives on the site, and what it is called in the handbook's own words. */

/** The kinds of content page, each a folder of content/ and a collection: the one list of them. */
export const contentTypes = ['handbook', 'guides', 'documents'] as const;

export type ContentType = (typeof contentTypes)[number];

export const contentTypeLabels: Record<ContentType, { one: string; many: string }> = {
  handbook: { one: 'Handbook section', many: 'Handbook sections' },
  guides: { one: 'One Minute Guide', many: 'One Minute Guides' },
  documents: { one: 'Document', many: 'The Charter, the Support Strategy and the Statement of Purpose' },
};

export function pageUrl(collection: ContentType, id: string): string {
  return `/${collection}/${id}/`;
}

export function standardUrl(id: string): string {
  return `/standards/${id}/`;
}
