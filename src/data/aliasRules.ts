/**
 * The alias rules every page's index-only text is built from (content/synonyms.yaml and the glossary),
 * derived once. Its own module, so route data (handbook.ts) and search data (search.ts) can both use it
 * without importing each other.
 */
import { getCollection } from 'astro:content';
import { glossaryRules, synonymRules, type AliasRule } from '../lib/search/aliases.ts';
import { getGlossary } from './glossary.ts';

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
