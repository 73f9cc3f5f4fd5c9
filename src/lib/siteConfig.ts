/**
 * Where the handbook is published and where its source lives: the one place each address is written.
 * "Suggest a change" links, CONTRIBUTING.md's instructions and the feed follow the repository.
 */
export const repository = {
  url: 'https://github.com/coventry-city-council/foster-carers-handbook',
  branch: 'main',
} as const;

/** The public address of the site (sitemap, canonical links, the address printed on paper); SITE_URL moves it. */
export const siteUrl = process.env.SITE_URL ?? 'https://fostering-handbook.coventry.gov.uk';

/** The GitHub web editor for a file, for example content/handbook/missing-from-care.mdx. */
export function editUrl(filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.?\//, '')}`;
}
