/** Where each kind of content lives on the site, and what it is called in the handbook's own words. */

/** The kinds of content page, each a folder of content/ and a collection: the one list of them. */
export const contentTypes = ['handbook', 'guides', 'documents'] as const;

export type ContentType = (typeof contentTypes)[number];

export const contentTypeLabels: Record<ContentType, { one: string; many: string }> = {
  handbook: { one: 'Handbook section', many: 'Handbook sections' },
  guides: { one: 'One Minute Guide', many: 'One Minute Guides' },
  // What a council calls its documents as a whole is its own: documentsTitle in content/site.yaml.
  documents: { one: 'Document', many: 'Documents' },
};

export function pageUrl(collection: ContentType, id: string): string {
  return `/${collection}/${id}/`;
}

export function standardUrl(id: string): string {
  return `/standards/${id}/`;
}

/** The one shape of a link between pages, everywhere on the site. */
export interface PageLink {
  href: string;
  title: string;
}

const link = (href: string, title: string): PageLink => ({ href, title });

/**
 * The site's own pages that the header, the footer and the breadcrumbs link to, each named once here.
 */
export const sitePages = {
  home: link('/', 'Home'),
  contents: link('/contents/', 'Contents'),
  guides: link('/guides/', contentTypeLabels.guides.many),
  documents: link('/documents/', 'Documents'),
  standards: link('/standards/', 'Standards and regulations'),
  contacts: link('/contacts/', 'Contacts'),
  glossary: link('/glossary/', 'Glossary'),
  whatsNew: link('/whats-new/', 'What’s new'),
  accessibility: link('/accessibility/', 'Accessibility and reading help'),
  aToZ: link('/a-z/', 'A to Z'),
} as const;
