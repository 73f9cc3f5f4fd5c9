/**
 * The A to Z index and the glossary, filed by letter once for the pages that show them.
 */
import { getGlossary } from './glossary.ts';
import { azEntries, type AzEntry } from '../lib/azIndex.ts';
import { byLetter } from '../lib/letterIndex.ts';
import { searchTypeOf } from '../lib/search/indexFields.ts';
import { siteSettings } from '../lib/siteConfig.ts';
import { getHandbook } from './handbook.ts';

async function load() {
  const { pages } = await getHandbook();
  const glossary = await getGlossary();
  const pageEntries: AzEntry[] = pages.map((page) => ({
    title: page.title,
    href: page.href,
    kind: searchTypeOf(page.collection, page.id, siteSettings().documentKinds).label,
  }));
  return {
    az: byLetter(
      azEntries(pageEntries, glossary),
      (entry) => entry.title,
      (a, b) => a.kind.localeCompare(b.kind),
    ),
    glossary: byLetter(
      glossary,
      (entry) => entry.term,
      (a, b) => a.id.localeCompare(b.id),
    ),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function getIndexes() {
  cached ??= load();
  return cached;
}
