/**
 * The A to Z index's entries: every page, every glossary term, and the other names carers know terms by,
 * filed by src/lib/letterIndex.ts.
 */
import type { PageLink } from './routes.ts';

export interface AzEntry extends PageLink {
  /** What it is: "Handbook section", "One Minute Guide", "Glossary"… */
  kind: string;
  /** Words after the link: an acronym's expansion, or "see …" for another name. */
  note?: string;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  expansion?: string;
  alsoKnownAs: readonly string[];
}

/** The glossary entry's address: the glossary page, at the term's anchor. */
export const glossaryHref = (id: string) => `/glossary/#${id}`;

/** Pages, terms and other names as A to Z entries; the same words for the same place are listed once. */
export function azEntries(pages: readonly AzEntry[], glossary: readonly GlossaryTerm[]): AzEntry[] {
  const entries: AzEntry[] = [
    ...pages,
    ...glossary.map((term) => ({ title: term.term, href: glossaryHref(term.id), kind: 'Glossary', note: term.expansion })),
    ...glossary.flatMap((term) =>
      term.alsoKnownAs.map((name) => ({ title: name, href: glossaryHref(term.id), kind: 'Glossary', note: `see ${term.term}` })),
    ),
  ];
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.title.toLowerCase()}|${entry.href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
