import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentPage, guidePage, relatedLimit, sectionPage, type SectionFacts, type SiteFacts } from '../../src/lib/contentPage.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const section = (id: string, over: Partial<SectionFacts> = {}): SectionFacts => ({
  id,
  title: id.toUpperCase(),
  summary: `${id}.`,
  standards: [],
  seeAlso: [],
  reviewed: d('2026-11-22'),
  part: 'safeguarding',
  keyPoints: [`About ${id}.`],
  related: [],
  filePath: `content/handbook/${id}.mdx`,
  ...over,
});
const sections = [
  section('first', { part: 'about' }),
  section('missing', {
    standards: ['nms-5', 'reg-13', 'nms-4'],
    related: ['first'],
    seeAlso: [{ title: 'Missing People', url: 'https://missingpeople.org.uk/', note: 'A charity.' }],
  }),
  ...Array.from({ length: relatedLimit + 2 }, (_, i) => section(`back-${i}`, { related: ['missing'] })),
];
const site: SiteFacts = {
  sections,
  guides: [
    { id: 'missing-guide', title: 'Missing', summary: '.', standards: [], seeAlso: [], reviewed: d('2026-11-22'), sources: ['missing'] },
  ],
  parts: [
    { id: 'about', title: 'About' },
    { id: 'safeguarding', title: 'Keeping children safe' },
  ],
  standards: new Map([
    ['nms-4', { id: 'nms-4', set: 'nms', number: 4, title: 'Safeguarding' }],
    ['nms-5', { id: 'nms-5', set: 'nms', number: 5, title: 'Missing' }],
    ['reg-13', { id: 'reg-13', set: 'regulations', kind: 'regulation', number: 13, title: 'Behaviour' }],
  ]),
  lastChanged: (file) => (file.endsWith('missing.mdx') ? d('2026-12-01') : undefined),
  editUrl: (file) => `https://edit/${file}`,
};

test('a handbook section: crumbs to its part, neighbours in reading order, related both ways and capped, its guides', () => {
  const page = sectionPage(sections[1], site);
  assert.deepEqual(
    page.crumbs.map((c) => c.href),
    ['/', '/contents/', '/contents/#safeguarding'],
  );
  assert.deepEqual([page.previous?.href, page.next?.href], ['/handbook/first/', '/handbook/back-0/']);
  assert.equal(page.related.sections.length, relatedLimit);
  assert.equal(page.related.sections[0].href, '/handbook/first/', 'its own choice first');
  assert.deepEqual(page.related.guides, [{ href: '/guides/missing-guide/', title: 'Missing' }]);
  assert.deepEqual(page.keyPoints, ['About missing.']);
  assert.equal(page.contents, true);
});

test('standards come grouped by set in catalogue order, as links; see also as links with notes', () => {
  const page = sectionPage(sections[1], site);
  assert.deepEqual(
    page.standards.map((g) => [g.set, g.standards.map((s) => s.href)]),
    [
      ['Fostering Services: National Minimum Standards (2011)', ['/standards/nms-4/', '/standards/nms-5/']],
      ['The Fostering Services (England) Regulations 2011', ['/standards/reg-13/']],
    ],
  );
  assert.deepEqual(page.seeAlso, [{ href: 'https://missingpeople.org.uk/', title: 'Missing People', note: 'A charity.' }]);
});

test('dates: the file’s last change from git where known, otherwise the page’s own record; the file to edit', () => {
  assert.deepEqual(sectionPage(sections[1], site).updated, d('2026-12-01'));
  assert.deepEqual(sectionPage(sections[0], site).updated, d('2026-11-22'));
  assert.equal(sectionPage(sections[0], site).editUrl, 'https://edit/content/handbook/first.mdx');
});

test('a guide is labelled, titled as a guide in the browser, lists its sources and offers no contents', () => {
  const page = guidePage(site.guides[0], site);
  assert.equal(page.label, 'One Minute Guide');
  assert.equal(page.documentTitle, 'Missing: One Minute Guide');
  assert.deepEqual(page.sources, [{ href: '/handbook/missing/', title: 'MISSING' }]);
  assert.equal(page.contents, false);
  assert.deepEqual(page.keyPoints, []);
});

test('a document gives its own date and its crumbs', () => {
  const page = documentPage(
    { id: 'charter', title: 'Charter', summary: '.', standards: [], seeAlso: [], reviewed: d('2026-11-22'), documentDate: '17 May 2018' },
    site,
  );
  assert.equal(page.documentDate, '17 May 2018');
  assert.deepEqual(
    page.crumbs.map((c) => c.href),
    ['/', '/documents/'],
  );
});

test('an urgent page carries its steps and contacts to the page shell; other pages have none', () => {
  const urgent = { steps: ['Make sure the child is safe.'], call: ['emergency', 'fostering-on-call'] };
  assert.deepEqual(sectionPage(section('missing', { urgent }), site).urgent, urgent);
  assert.deepEqual(guidePage({ ...site.guides[0], urgent }, site).urgent, urgent);
  assert.equal(sectionPage(sections[0], site).urgent, undefined);
});
