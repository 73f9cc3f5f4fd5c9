/**
 * The standards report for staff (npm run report:standards): the standards whose wording could not be
 * checked against the official text, with the catalogue's note on each, and the standards no page cites.
 * None of this is published: readers see the standard, its official link and the pages that cite it.
 */
import { citationIndex, coverageBySet, standardName, type CitingPage, type StandardInfo } from './standards.ts';

export interface CatalogueStandard extends StandardInfo {
  verified: boolean;
  note?: string;
  url: string;
}

export interface StandardsReport {
  /** Standards with `verified: false`, in catalogue order, with the pages citing each. */
  unverified: { standard: CatalogueStandard; citedBy: string[] }[];
  coverage: { set: string; cited: number; total: number; uncited: CatalogueStandard[] }[];
}

export function standardsReport(catalogue: readonly CatalogueStandard[], pages: readonly CitingPage[]): StandardsReport {
  const citations = citationIndex(pages);
  const coverage = coverageBySet(catalogue, citations);
  const pageName = (p: CitingPage) => `${p.collection}/${p.id}`;
  return {
    unverified: catalogue
      .filter((s) => !s.verified)
      .map((standard) => ({ standard, citedBy: (citations.get(standard.id) ?? []).map(pageName) })),
    coverage: coverage.map((group) => ({
      set: group.set.title,
      cited: group.cited.length,
      total: group.cited.length + group.uncited.length,
      uncited: group.uncited,
    })),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStandardsReport(report: StandardsReport): string {
  const lines: string[] = [];
  lines.push(`Not checked against the official text: ${plural(report.unverified.length, 'standard')}`);
  lines.push('Check each one, correct content/standards.yaml if needed, then set verified: true and update or delete its note.', '');
  for (const { standard, citedBy } of report.unverified) {
    lines.push(`  ${standard.id}  ${standardName(standard)}`);
    lines.push(`    Note: ${standard.note ?? '(no note: say what is not confirmed)'}`);
    lines.push(`    Official text: ${standard.url}`);
    lines.push(`    Cited by: ${citedBy.length > 0 ? citedBy.join(', ') : 'no page'}`, '');
  }
  lines.push('Coverage: the standards no page cites yet', '');
  for (const group of report.coverage) {
    lines.push(`  ${group.set}: ${group.cited} of ${group.total} cited${group.uncited.length > 0 ? '; not cited:' : ''}`);
    for (const standard of group.uncited) lines.push(`    ${standard.id}  ${standardName(standard)}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
