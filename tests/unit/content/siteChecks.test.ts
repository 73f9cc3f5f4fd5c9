import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { DataEntry } from '../../../src/lib/content/lists.ts';
import type { CheckedPage } from '../../../src/lib/content/pageChecks.ts';
import { fallbackProblems, glossaryTermProblems, linkTargetsAcrossSite, siteContactProblems, titleProblems } from '../../../src/lib/content/siteChecks.ts';
import { siteOf } from './site.ts';

const entry = (id: string, raw: Record<string, unknown>, line = 1): DataEntry => ({ id, file: 'content/x.yaml', line, raw });

test('titles tell pages apart: both pages with one title are named, a guide may share its section’s', () => {
  const pages = [
    { collection: 'handbook' as const, id: 'a', file: 'content/handbook/a.mdx', raw: { title: 'Sleepovers' }, titleLine: 2 },
    { collection: 'documents' as const, id: 'b', file: 'content/documents/b.mdx', raw: { title: 'sleepovers ' }, titleLine: 2 },
    { collection: 'guides' as const, id: 'a', file: 'content/guides/a.mdx', raw: { title: 'Sleepovers' }, titleLine: 2 },
  ];
  assert.deepEqual(titleProblems(pages).map((p) => p.file), ['content/documents/b.mdx', 'content/handbook/a.mdx']);
});

test('titles that differ only in punctuation, case or accents are one title (they give one file name)', () => {
  const pages = [
    { collection: 'handbook' as const, id: 'carers-rights', file: 'content/handbook/carers-rights.mdx', raw: { title: 'Carers’ Rights' }, titleLine: 2 },
    { collection: 'handbook' as const, id: 'carers-rights-1', file: 'content/handbook/carers-rights-1.mdx', raw: { title: 'carers rights!' }, titleLine: 2 },
    { collection: 'handbook' as const, id: 'cafe', file: 'content/handbook/cafe.mdx', raw: { title: 'Café visits' }, titleLine: 2 },
    { collection: 'documents' as const, id: 'cafe-visits', file: 'content/documents/cafe-visits.mdx', raw: { title: 'Cafe Visits' }, titleLine: 2 },
    { collection: 'handbook' as const, id: 'carers-duties', file: 'content/handbook/carers-duties.mdx', raw: { title: 'Carers’ duties' }, titleLine: 2 },
  ];
  assert.deepEqual(titleProblems(pages).map((p) => p.file).sort(), [
    'content/documents/cafe-visits.mdx',
    'content/handbook/cafe.mdx',
    'content/handbook/carers-rights-1.mdx',
    'content/handbook/carers-rights.mdx',
  ]);
});

test('a glossary term is defined once, and a fallback is a contact with a number', () => {
  assert.equal(glossaryTermProblems([entry('a', { term: 'SSW' }), entry('b', { term: 'ssw' }, 5)])[0]!.line, 5);
  const contacts = [entry('edt', { fallback: 'foc' }), entry('foc', { phone: '07958 337681' }), entry('x', { fallback: 'edt' })];
  assert.deepEqual(fallbackProblems(contacts).map((p) => p.what), ['the fallback "edt" has no phone number to give instead']);
});

test('the contacts the site’s own pages give are in contacts.yaml, with what those pages give of them', () => {
  const service = entry('fostering-service', { phone: '0161 496 0000', email: 'team@northbrook.example', hours: 'Weekdays 9am to 5pm' }, 7);
  const complete = [entry('fostering-on-call', { phone: '07700 900000' }), service, entry('emergency', { phone: '999' })];
  assert.deepEqual(siteContactProblems(complete), []);
  const noEmail = [complete[0], entry('fostering-service', { phone: '0161 496 0000', hours: 'Weekdays' }, 7), complete[2]];
  assert.deepEqual(
    siteContactProblems(noEmail).map((p) => [p.line, p.what]),
    [[7, 'the contact "fostering-service" has no email, which the site\'s own pages give for the service in office hours']],
  );
  const problems = siteContactProblems([service, complete[2]]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.line, p.what]),
    [['content/contacts.yaml', undefined, 'there is no contact "fostering-on-call", which the site\'s own pages give for urgent help out of hours']],
  );
  assert.match(problems[0].fix, /add it to content\/contacts.yaml with id: fostering-on-call and its phone/);
});

test('every link leads to a page and heading that exist, on the site as read', () => {
  const root = siteOf({ 'src/pages/contents.astro': '', 'src/pages/index.astro': '' });
  try {
    const checked: CheckedPage[] = [
      { page: { collection: 'handbook', id: 'a', file: 'content/handbook/a.mdx' }, problems: [], anchors: ['daily-records'], links: [] },
      {
        page: { collection: 'handbook', id: 'b', file: 'content/handbook/b.mdx' },
        problems: [],
        anchors: [],
        links: [
          { url: '/handbook/a/#daily-records', line: 3, column: 1 },
          { url: '/handbook/a/#nowhere', line: 4, column: 1 },
          { url: '/handbook/c/', line: 5, column: 1 },
          { url: '/contents/', line: 6, column: 1 },
        ],
      },
    ];
    const found = linkTargetsAcrossSite(root, { standardIds: [], partIds: [], handbookIds: ['a', 'b'] }, checked);
    assert.deepEqual(found.map((p) => `${p.file}:${p.line}`), ['content/handbook/b.mdx:4', 'content/handbook/b.mdx:5']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
