/** The glossary's acronyms, read once, for marking their first use on each page (src/lib/glossaryMarkup.ts). */
import { getCollection } from 'astro:content';
import { glossaryAcronyms, type GlossaryAcronym } from '../lib/glossaryMarkup.ts';

let cached: Promise<GlossaryAcronym[]> | undefined;

export function getGlossaryAcronyms(): Promise<GlossaryAcronym[]> {
  cached ??= getCollection('glossary').then((entries) => glossaryAcronyms(entries.map(({ id, data }) => ({ id, ...data }))));
  return cached;
}
