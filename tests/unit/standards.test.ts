import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  citationIndex,
  compareStandards,
  groupByCollection,
  groupBySet,
  coverageBySet,
  standardHeading,
  standardLabel,
  standardName,
  type StandardInfo,
} from '../../src/lib/standards.ts';
import { contentTypes } from '../../src/lib/routes.ts';

const catalogue: StandardInfo[] = [
  { id: 'nms-4', set: 'nms', number: 4, title: 'Safeguarding children' },
  { id: 'nms-21', set: 'nms', number: 21, title: 'Supervision and support of foster carers' },
  { id: 'reg-12', set: 'regulations', kind: 'regulation', number: 12, title: 'Arrangements for the protection of children' },
  { id: 'reg-schedule-7', set: 'regulations', kind: 'schedule', number: 7, title: 'Events and notifications' },
  { id: 'reg-part-2', set: 'regulations', kind: 'part', number: 2, title: null },
  { id: 'tsd-6', set: 'tsd', number: 6, title: 'Keep children and young people safe from harm' },
];
const byId = new Map(catalogue.map((s) => [s.id, s]));

test('labels say what kind of standard it is', () => {
  assert.deepEqual(catalogue.map(standardLabel), ['Standard 4', 'Standard 21', 'Regulation 12', 'Schedule 7', 'Part 2', 'TSD Standard 6']);
});

test('a standard with no title is named by its number, never by a note about the title', () => {
  assert.equal(standardName(byId.get('reg-part-2')!), 'Part 2');
  assert.equal(standardName(byId.get('nms-4')!), 'Standard 4: Safeguarding children');
  assert.equal(standardHeading(byId.get('reg-part-2')!), 'Part 2 of the Fostering Services (England) Regulations 2011');
  assert.equal(standardHeading(byId.get('reg-12')!), 'Regulation 12: Arrangements for the protection of children');
});

test('coverage lists every standard of each set as cited (with its pages) or uncited', () => {
  const citations = new Map([
    ['nms-4', ['handbook/safeguarding']],
    ['reg-part-2', ['handbook/childrens-guide', 'guides/x']],
  ]);
  const coverage = coverageBySet(catalogue, citations);
  assert.deepEqual(
    coverage.map((g) => [g.set.id, g.cited.map((c) => `${c.standard.id}:${c.pages.length}`), g.uncited.map((s) => s.id)]),
    [
      ['nms', ['nms-4:1'], ['nms-21']],
      ['regulations', ['reg-part-2:2'], ['reg-12', 'reg-schedule-7']],
      ['tsd', [], ['tsd-6']],
    ],
  );
});

test('standards sort by set, then parts, regulations, schedules, then number', () => {
  const sorted = [...catalogue]
    .reverse()
    .sort(compareStandards)
    .map((s) => s.id);
  assert.deepEqual(sorted, ['nms-4', 'nms-21', 'reg-part-2', 'reg-12', 'reg-schedule-7', 'tsd-6']);
});

test('cited standards group by set in catalogue order, without duplicates or empty sets', () => {
  const groups = groupBySet(['tsd-6', 'nms-21', 'nms-4', 'nms-4'], byId);
  assert.deepEqual(
    groups.map((g) => [g.set.id, g.standards.map((s) => s.id)]),
    [
      ['nms', ['nms-4', 'nms-21']],
      ['tsd', ['tsd-6']],
    ],
  );
});

const pages = [
  { collection: 'handbook', id: 'safeguarding', title: 'Safeguarding', standards: ['nms-4', 'reg-12'] },
  { collection: 'handbook', id: 'events', title: 'Significant events', standards: ['reg-schedule-7', 'nms-4'] },
  { collection: 'guides', id: 'allegations', title: 'Allegations', standards: ['nms-4', 'nms-4'] },
  { collection: 'documents', id: 'charter', title: 'Charter', standards: [] },
];

test('each standard lists exactly the pages whose frontmatter cites it, once each', () => {
  const index = citationIndex(pages);
  assert.deepEqual(
    index.get('nms-4')?.map((p) => p.id),
    ['safeguarding', 'events', 'allegations'],
  );
  assert.deepEqual(
    index.get('reg-12')?.map((p) => p.id),
    ['safeguarding'],
  );
  assert.deepEqual(
    index.get('reg-schedule-7')?.map((p) => p.id),
    ['events'],
  );
  assert.equal(index.get('tsd-6'), undefined, 'an uncited standard has no pages');
  for (const [id, citing] of index) {
    for (const page of pages) {
      assert.equal(citing.includes(page), page.standards.includes(id), `${page.id} and ${id}`);
    }
  }
});

test('citing pages group by content type in the order given', () => {
  const grouped = groupByCollection(citationIndex(pages).get('nms-4')!, contentTypes);
  assert.deepEqual(
    grouped.map((g) => [g.collection, g.pages.length]),
    [
      ['handbook', 2],
      ['guides', 1],
    ],
  );
});
