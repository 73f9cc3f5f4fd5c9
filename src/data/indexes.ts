/**
 * The A to Z index and the glossary, filed by letter once for the pages that show them.
 */
import { getGlossary } from './glossary.ts';
import { azEntries, type AzEntry } from '../lib/azIndex.ts';
import { byLetter } from '../lib/letterIndex.ts';
import { contentTypes, pageUrl } from '../lib/routes.ts';
import { getHandbook } from './handbook.ts';

async function load() {
  const { routes } = await getHandbook();
  const glossary = await getGlossary();
  // Each page's kind as search names it (its route's search facts: "One Minute Guide", "Statement of Purpose").
  const pageEntries: AzEntry[] = contentTypes.flatMap((type) =>
    routes[type].map(({ page, searchIndex }) => ({ title: page.title, href: pageUrl(type, page.id), kind: searchIndex.typeLabel })),
  );
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
