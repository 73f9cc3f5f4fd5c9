/**
 * Search data, derived once from the collections: the alias rules every page's index-only text is
 * built from (content/synonyms.yaml and the glossary).
 */
import { getCollection } from 'astro:content';
import { glossaryRules, synonymRules, type AliasRule } from '../lib/searchAliases.ts';

async function load(): Promise<AliasRule[]> {
  const synonyms = (await getCollection('synonyms')).map((s) => s.data);
  const glossary = (await getCollection('glossary')).map((g) => g.data);
  return [...synonymRules(synonyms), ...glossaryRules(glossary)];
}

let cached: Promise<AliasRule[]> | undefined;

export function getAliasRules(): Promise<AliasRule[]> {
  cached ??= load();
  return cached;
}
