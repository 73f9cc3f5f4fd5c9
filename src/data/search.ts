/**
 * Search data, derived once from the collections: the alias rules every page's index-only text is built
 * from (content/synonyms.yaml and the glossary), and the handbook's vocabulary for "Did you mean …?".
 */
import { getCollection } from 'astro:content';
import { glossaryRules, mdxText, synonymRules, type AliasRule } from '../lib/search/aliases.ts';
import { packVocabulary, vocabularyWeights } from '../lib/search/vocabulary.ts';
import { contentTypes } from '../lib/routes.ts';

async function loadRules(): Promise<AliasRule[]> {
  const synonyms = (await getCollection('synonyms')).map((s) => s.data);
  const glossary = (await getCollection('glossary')).map((g) => g.data);
  return [...synonymRules(synonyms), ...glossaryRules(glossary)];
}

let rules: Promise<AliasRule[]> | undefined;

export function getAliasRules(): Promise<AliasRule[]> {
  rules ??= loadRules();
  return rules;
}

/**
 * The words a search can find, packed for the search page (see vocabulary.ts): the pages' titles,
 * summaries, key points and text, and the words the search aliases add to them (glossary names, carers'
 * words).
 */
export async function getPackedVocabulary(): Promise<string> {
  const entries = (await Promise.all(contentTypes.map((type) => getCollection(type)))).flat();
  const pages = entries.map((entry) => ({
    title: entry.data.title,
    summary: entry.data.summary,
    body: [mdxText(entry.body ?? ''), ...('keyPoints' in entry.data ? entry.data.keyPoints : [])].join('\n'),
  }));
  const terms = (await getAliasRules()).flatMap((rule) => rule.carersSay);
  return packVocabulary(vocabularyWeights({ pages, terms }));
}
