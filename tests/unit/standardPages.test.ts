import { test } from 'node:test';
import assert from 'node:assert/strict';
import { officialLink, standardPage, standardsIndex, type CitingPageLink, type StandardFacts } from '../../src/lib/standardPages.ts';

const nms4: StandardFacts = {
  id: 'nms-4',
  set: 'nms',
  number: 4,
  title: 'Safeguarding children',
  group: 'Child focused standards',
  url: 'https://example.gov.uk/nms.pdf',
  page: 12,
};
const part2: StandardFacts = {
  id: 'reg-part-2',
  set: 'regulations',
  kind: 'part',
  number: 2,
  title: null,
  url: 'https://www.legislation.gov.uk/part/2',
};
const page = (collection: CitingPageLink['collection'], id: string): CitingPageLink => ({
  collection,
  id,
  title: id,
  summary: `${id}.`,
  standards: ['nms-4'],
  href: `/${collection}/${id}/`,
});

test("a standard's page: its set above the title, the official text, and the pages citing it by kind", () => {
  const data = standardPage(nms4, [page('handbook', 'allegations'), page('guides', 'allegations'), page('handbook', 'missing')]);
  assert.equal(data.label, 'Fostering Services: National Minimum Standards (2011): Child focused standards');
  assert.deepEqual(data.official, { href: nms4.url, title: 'Read the National Minimum Standards (PDF), standard 4 is on page 12' });
  assert.deepEqual(
    data.citing.map((g) => [g.heading, g.pages.map((p) => p.id)]),
    [
      ['Handbook sections', ['allegations', 'missing']],
      ['One Minute Guides', ['allegations']],
    ],
  );
  assert.deepEqual(
    data.crumbs.map((c) => c.href),
    ['/', '/standards/', '/standards/#nms'],
  );
  assert.deepEqual(standardPage(part2, []).citing, []);
  const charter = standardPage(nms4, [page('documents', 'charter')], 'The Charter and the Statement of Purpose');
  assert.deepEqual(charter.citing[0].heading, 'The Charter and the Statement of Purpose', 'the documents under the site’s name for them');
  assert.equal(officialLink(part2).title, 'Read Part 2 on legislation.gov.uk');
});

test('the index: cited standards with their pages, set by set; for staff, what no page cites yet', () => {
  const index = standardsIndex([nms4, part2], new Map([['nms-4', [page('documents', 'charter')]]]));
  assert.deepEqual(
    index.sets.map((s) => [s.id, s.cited.map((c) => c.standard.href)]),
    [
      ['nms', ['/standards/nms-4/']],
      ['regulations', []],
    ],
  );
  assert.equal(index.sets[0].cited[0].citing[0].heading, 'Documents');
  assert.deepEqual(
    index.uncited.map((u) => [u.id, u.cited, u.total, u.standards.map((s) => s.href)]),
    [['regulations', 0, 1, ['/standards/reg-part-2/']]],
  );
});
