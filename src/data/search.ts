/**
 * Search data, derived once from the collections: the handbook's vocabulary for "Did you mean …?", from
 * the pages and the alias rules (aliasRules.ts).
 */
import { packVocabulary, unpackVocabulary, vocabularyWeights } from '../lib/search/vocabulary.ts';
import { realWordsNear } from '../lib/search/realWords.ts';
import { carersOwnWords, englishWords, worldNames } from './englishWords.ts';
import { phrasesKnown, sitePageFacts, type SearchIndexFacts, type SitePage } from '../lib/search/indexFields.ts';
import { getContacts } from './contacts.ts';
import { siteSettings } from '../lib/siteConfig.ts';
import { getGlossary } from './glossary.ts';
import { contentTypes } from '../lib/routes.ts';
import { getAliasRules } from './aliasRules.ts';
import { getHandbook } from './handbook.ts';

async function loadSitePages(): Promise<Record<'contacts' | 'glossary', SitePage>> {
  const { all } = await getContacts();
  const glossary = await getGlossary();
  const settings = siteSettings();
  return {
    contacts: {
      title: 'Contacts',
      summary: `Phone numbers, email addresses and addresses for the ${settings.service} and the other services foster carers need.`,
      text: all.map((c) => [c.name, c.purpose, c.hours, c.phone, c.email].filter(Boolean).join('. ')).join('\n'),
      typeLabel: 'Contacts',
    },
    glossary: {
      title: 'Glossary',
      summary: `What the words and abbreviations used in the ${settings.handbookTitle} mean, in plain English.`,
      text: glossary.map((g) => [g.term, g.expansion, g.definition, ...g.alsoKnownAs].filter(Boolean).join('. ')).join('\n'),
      typeLabel: 'Glossary',
    },
  };
}

let sitePages: ReturnType<typeof loadSitePages> | undefined;

/**
 * The contacts page and the glossary as search finds them (beside the handbook's pages): their title,
 * summary and text, and their index-only facts (aliases from the same rules as every page's).
 */
export async function getSearchedSitePages(): Promise<Record<'contacts' | 'glossary', SitePage & { facts: SearchIndexFacts }>> {
  sitePages ??= loadSitePages();
  const pages = await sitePages;
  const rules = await getAliasRules();
  const { phrasesOnMany } = await getHandbook();
  return {
    contacts: { ...pages.contacts, facts: sitePageFacts(pages.contacts, rules, phrasesOnMany) },
    glossary: { ...pages.glossary, facts: sitePageFacts(pages.glossary, rules, phrasesOnMany) },
  };
}

/**
 * The words a search can find, packed for the search page (see vocabulary.ts): the pages' titles,
 * summaries and what a reader reads on them (the same text their aliases were chosen from), and the
 * words the search aliases add to them (glossary names, carers' words); the common English words near
 * them that must not be corrected to them (realWords.ts); and the carers' phrases the pages are known by.
 */
export async function getPackedVocabulary(): Promise<string> {
  const { routes } = await getHandbook();
  const searchedSitePages = Object.values(await getSearchedSitePages());
  const sitePages = searchedSitePages.map(({ title, summary, text }) => ({ title, summary, body: text }));
  const pages = [
    ...contentTypes.flatMap((type) =>
      routes[type].map(({ page, searchText }) => ({ title: page.title, summary: page.summary, body: searchText })),
    ),
    ...sitePages,
  ];
  const terms = (await getAliasRules()).flatMap((rule) => rule.carersSay);
  const weights = vocabularyWeights({ pages, terms });
  const phrases = phrasesKnown([
    ...contentTypes.flatMap((type) => routes[type].map((route) => route.searchIndex)),
    ...searchedSitePages.map((p) => p.facts),
  ]);
  return packVocabulary(
    weights,
    realWordsNear([...englishWords, ...worldNames, ...carersOwnWords], unpackVocabulary(packVocabulary(weights))),
    phrases,
  );
}
