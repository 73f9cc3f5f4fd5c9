/**
 * The glossary, read once: its entries (with their ids) for the A to Z, the glossary page and the search
 * aliases, and its acronyms for marking their first use on each page (src/lib/glossaryMarkup.ts).
 */
import { getCollection } from 'astro:content';
import { glossaryAcronyms, type GlossaryAcronym } from '../lib/glossaryMarkup.ts';

let entries: ReturnType<typeof load> | undefined;
let acronyms: Promise<GlossaryAcronym[]> | undefined;

async function load() {
  return (await getCollection('glossary')).map(({ id, data }) => ({ id, ...data }));
}

export function getGlossary() {
  entries ??= load();
  return entries;
}

export function getGlossaryAcronyms(): Promise<GlossaryAcronym[]> {
  acronyms ??= getGlossary().then(glossaryAcronyms);
  return acronyms;
}
