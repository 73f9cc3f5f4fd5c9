/**
 * Where the handbook's source lives. The one place the repository address is written: "Suggest a change"
 * links, CONTRIBUTING.md's instructions and the feed all follow it.
 */
export const repository = {
  url: 'https://github.com/coventry-city-council/foster-carers-handbook',
  branch: 'main',
} as const;

/** The GitHub web editor for a file, for example content/handbook/missing-from-care.mdx. */
export function editUrl(filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.?\//, '')}`;
}
