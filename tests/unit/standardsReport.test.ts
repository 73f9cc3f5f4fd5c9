import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStandardsReport, standardsReport, type CatalogueStandard } from '../../src/lib/standardsReport.ts';

const url = 'https://www.legislation.gov.uk/uksi/2011/581';
const catalogue: CatalogueStandard[] = [
  { id: 'nms-4', set: 'nms', number: 4, title: 'Safeguarding Children', verified: true, url },
  { id: 'nms-27', set: 'nms', number: 27, title: 'Fitness of premises', verified: false, note: 'Title seen only in a draft.', url },
  {
    id: 'reg-part-2',
    set: 'regulations',
    kind: 'part',
    number: 2,
    title: null,
    verified: false,
    note: 'Heading not retrieved.',
    url: `${url}/part/2`,
  },
  {
    id: 'reg-12',
    set: 'regulations',
    kind: 'regulation',
    number: 12,
    title: 'Arrangements for the protection of children',
    verified: true,
    url,
  },
];
const pages = [
  { collection: 'handbook', id: 'safeguarding', title: 'Safeguarding', standards: ['nms-4', 'reg-part-2'] },
  { collection: 'guides', id: 'allegations', title: 'Allegations', standards: ['nms-4'] },
];

test('the report lists every unverified standard with its note and the pages citing it', () => {
  const report = standardsReport(catalogue, pages);
  assert.deepEqual(
    report.unverified.map((u) => [u.standard.id, u.standard.note, u.citedBy]),
    [
      ['nms-27', 'Title seen only in a draft.', []],
      ['reg-part-2', 'Heading not retrieved.', ['handbook/safeguarding']],
    ],
  );
});

test('the report counts coverage per set and names the uncited standards', () => {
  const report = standardsReport(catalogue, pages);
  assert.deepEqual(
    report.coverage.map((c) => [c.set, c.cited, c.total, c.uncited.map((s) => s.id)]),
    [
      ['Fostering Services: National Minimum Standards (2011)', 1, 2, ['nms-27']],
      ['The Fostering Services (England) Regulations 2011', 1, 2, ['reg-12']],
    ],
  );
});

test('the printed report shows the notes that the public pages leave out', () => {
  const text = formatStandardsReport(standardsReport(catalogue, pages));
  assert.match(text, /Not checked against the official text: 2 standards/);
  assert.match(text, /nms-27 {2}Standard 27: Fitness of premises\n {4}Note: Title seen only in a draft\./);
  assert.match(
    text,
    /reg-part-2 {2}Part 2\n {4}Note: Heading not retrieved\.\n {4}Official text: .*\/part\/2\n {4}Cited by: handbook\/safeguarding/,
  );
  assert.match(text, /The Fostering Services \(England\) Regulations 2011: 1 of 2 cited; not cited:\n {4}reg-12 {2}Regulation 12/);
});
