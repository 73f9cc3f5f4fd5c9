/** Where each kind of content lives on the site, and what it is called in the handbook's own words. */

export type ContentType = 'handbook' | 'guides' | 'documents';

export const contentTypes: readonly ContentType[] = ['handbook', 'guides', 'documents'];

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
