/** On-page contents: shown only where a page is long enough to need it (three or more h2 headings). */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export const minimumHeadingsForContents = 3;

export function onPageContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length >= minimumHeadingsForContents ? sections : [];
}
