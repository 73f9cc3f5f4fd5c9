/**
 * Search data, derived once from the collections: the handbook's vocabulary for "Did you mean …?", from
 * the pages and the alias rules (aliasRules.ts).
 */
import { packVocabulary, vocabularyWeights } from '../lib/search/vocabulary.ts';
import { contentTypes } from '../lib/routes.ts';
import { getAliasRules } from './aliasRules.ts';
import { getHandbook } from './handbook.ts';

/**
 * The words a search can find, packed for the search page (see vocabulary.ts): the pages' titles,
 * summaries and what a reader reads on them (the same text their aliases were chosen from), and the
 * words the search aliases add to them (glossary names, carers' words).
 */
export async function getPackedVocabulary(): Promise<string> {
  const { routes } = await getHandbook();
  const pages = contentTypes.flatMap((type) =>
    routes[type].map(({ page, searchText }) => ({ title: page.title, summary: page.summary, body: searchText })),
  );
  const terms = (await getAliasRules()).flatMap((rule) => rule.carersSay);
  return packVocabulary(vocabularyWeights({ pages, terms }));
}
