/**
 * A small handbook for the search unit tests, and a fake Pagefind over it with the shape of Pagefind's
 * JavaScript API (search, debouncedSearch, preload, results with data()): it finds pages containing every
 * word searched for (a word matches the words it begins, as Pagefind's do) and records what it was asked.
 */
import type { Pagefind, PagefindResult } from '../../../src/lib/search/find.ts';
import type { PagefindFragment } from '../../../src/lib/search/results.ts';
import { packVocabulary, unpackVocabulary, vocabularyWeights, type Vocabulary } from '../../../src/lib/search/vocabulary.ts';

export interface FakePage {
  url: string;
  title: string;
  summary: string;
  body: string;
  type?: string;
}

export const pages: FakePage[] = [
  {
    url: '/guides/money/',
    title: 'Money, allowances and fees',
    summary: 'What you are paid as a foster carer.',
    body: '## What is it?\n\nThe fostering allowance already includes the child’s pocket money. Agree pocket money with the child. The allowance pays for school trips.',
    type: 'guide',
  },
  {
    url: '/handbook/safeguarding/',
    title: 'Safeguarding and child protection',
    summary: 'What to do if you are worried about a child.',
    body: '## Safeguarding\n\nSafeguarding is everyone’s job. Tell your supervising social worker about any safeguarding worry.',
    type: 'handbook',
  },
  {
    url: '/guides/sleepovers/',
    title: 'Sleepovers',
    summary: 'When a child can stay overnight with friends.',
    body: 'Children can sleep over at a friend’s house. A sleepover needs no police check. Most sleepovers are fine.',
    type: 'guide',
  },
  {
    url: '/handbook/allegations/',
    title: 'Allegations',
    summary: 'If an allegation is made against you.',
    body: 'An allegation is serious. The allegation is looked into fairly. Your supervising social worker supports you.',
    type: 'handbook',
  },
];

/** The fake handbook's vocabulary, as the search page gets it: weighed, packed and unpacked. */
export function fakeVocabulary(): Vocabulary {
  return unpackVocabulary(packVocabulary(vocabularyWeights({ pages, terms: [] })));
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);

/** The page's fragment; with the words searched for, where they are (weight 7 in the title, 1 in running text), as Pagefind's data() gives. */
function fragment(page: FakePage, wanted: readonly string[] = []): PagefindFragment {
  const content = `${page.title}. ${page.summary} ${page.body.replace(/^#+\s*(.*)$/gm, '$1.')}`.replace(/\s+/g, ' ');
  // A location is a word's place in the content, split at spaces, as Pagefind counts.
  const titleWords = page.title.split(/\s+/).length;
  const weighted_locations = content
    .split(' ')
    .flatMap((written, at) =>
      wordsOf(written).some((word) => wanted.some((w) => word.startsWith(w))) ? [{ weight: at < titleWords ? 7 : 1, location: at }] : [],
    );
  return { url: page.url, content, meta: { title: page.title, type: page.type }, weighted_locations, sub_results: [] };
}

export interface FakePagefind extends Pagefind {
  /** Every term searched for, in order (null for a search by filters alone). */
  searched: (string | null)[];
  preloaded: string[];
  debouncedSearch(
    term: string,
    options: { filters: Record<string, unknown> },
    wait?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

export function fakePagefind(): FakePagefind {
  const fake: FakePagefind = {
    searched: [],
    preloaded: [],
    async search(term, { filters }) {
      fake.searched.push(term);
      const wanted = term ? term.split(' ') : [];
      const allowed = pages.filter((page) => !filters.type || (filters.type as { any: string[] }).any.includes(page.type ?? ''));
      const results = allowed
        .map((page) => {
          const words = wordsOf(`${page.title} ${page.summary} ${page.body}`);
          const counts = wanted.map((w) => words.filter((word) => word.startsWith(w)).length);
          return { page, score: counts.every((n) => n > 0) ? counts.reduce((a, b) => a + b, 0) : 0 };
        })
        .filter(({ score }) => score > 0 || wanted.length === 0)
        .sort((a, b) => b.score - a.score)
        .map(({ page, score }) => ({ id: page.url, score, data: async () => fragment(page, wanted) }));
      return { results };
    },
    async debouncedSearch(term, options) {
      return fake.search(term, options);
    },
    async preload(term) {
      fake.preloaded.push(term);
    },
  };
  return fake;
}
