/**
 * Search data, derived once from the collections: the alias rules every page's index-only text is built
 * from (content/synonyms.yaml and the glossary), and the handbook's vocabulary for "Did you mean …?".
 */
import { getCollection } from 'astro:content';
import { glossaryRules, synonymRules, type AliasRule } from '../lib/search/aliases.ts';
import { packVocabulary, vocabularyWeights } from '../lib/search/vocabulary.ts';
import { contentTypes } from '../lib/routes.ts';
import { getGlossary } from './glossary.ts';
import { getHandbook } from './handbook.ts';

async function loadRules(): Promise<AliasRule[]> {
  const synonyms = (await getCollection('synonyms')).map((s) => s.data);
  const glossary = await getGlossary();
  return [...synonymRules(synonyms), ...glossaryRules(glossary)];
}

let rules: Promise<AliasRule[]> | undefined;

export function getAliasRules(): Promise<AliasRule[]> {
  rules ??= loadRules();
  return rules;
}

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
