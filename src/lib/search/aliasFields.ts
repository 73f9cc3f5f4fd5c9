/**
 * The metadata fields that hold a page's search aliases, by how strongly the page is about them (3: in its
 * title, 2: in its summary, 1: in its text). The build writes them (indexFields.ts), the search page weighs
 * them (ranking.ts) and reads them back (find.ts). A module of its own, with nothing else in it, so the
 * search page's script carries these three names and not what the build needs beside them.
 */
export const aliasFields = { 3: 'aliasTitle', 2: 'aliasSummary', 1: 'aliasText' } as const;

/**
 * The metadata field that holds the carers' phrases (two words or more) for what a page is about, said on
 * the page or not: the search page lifts a page whose phrase the reader typed (find.ts, typedPhrase).
 * Weighed at nothing (ranking.ts): its words find the page through its text or its aliases already.
 */
export const phraseField = 'carersPhrases';
