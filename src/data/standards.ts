/**
 * The standards pages' data, built once from the catalogue and who cites what (src/lib/standardPages.ts).
 */
import { standardPage, standardsIndex, type CitingPageLink, type StandardFacts } from '../lib/standardPages.ts';
import { siteSettings } from '../lib/siteConfig.ts';
import { getHandbook } from './handbook.ts';

async function load() {
  const { standards, citations } = await getHandbook();
  const catalogue: StandardFacts[] = standards.map((s) => ({ ...s.data, id: s.id }));
  const cited = citations as ReadonlyMap<string, readonly CitingPageLink[]>;
  return {
    pages: catalogue.map((standard) => standardPage(standard, cited.get(standard.id) ?? [], siteSettings().documentsTitle)),
    index: standardsIndex(catalogue, cited),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function getStandards() {
  cached ??= load();
  return cached;
}
