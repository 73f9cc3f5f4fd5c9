import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { checkPage, type PageContext } from '../../../src/lib/content/pageChecks.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { page, siteOf } from './site.ts';

const ids = { standardIds: ['nms-4'], partIds: ['about'], handbookIds: ['a'] };
const contacts = [{ id: 'fostering-on-call', name: 'Fostering On Call', phone: '07958 337681' }];

function checked(text: string, context: Partial<PageContext> = {}) {
  const root = siteOf({ 'content/handbook/a.mdx': text });
  try {
    return checkPage({ root, ids, today: new Date('2026-11-22T00:00:00Z'), reviewEveryMonths: 12, contacts, ...context }, 'handbook', 'content/handbook/a.mdx', 'a');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a page’s own checks: the schema, then every rule, each problem at its line; its anchors and links for the site checks', () => {
  const result = checked(page('title: A\npart: about\norder: 10\nstandards: [nms-9]', '\n## Daily records\n\nRing 07958 337681. See [B](/handbook/b/).\n'));
  assert.deepEqual(result.page.data, undefined, 'the schema refused it');
  const lines = result.problems.map(formatProblem);
  assert.ok(lines.some((l) => /^content\/handbook\/a\.mdx:5 - "nms-9" is not/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /the phone number 07958 337681 is typed/.test(l)), lines.join('\n'));
  assert.deepEqual(result.anchors, ['daily-records']);
  assert.deepEqual(result.links.map((l) => l.url), ['/handbook/b/']);
});

test('a correct page passes with its data, and a rule that throws becomes a problem with the file, not a crash', () => {
  const good = checked(page('title: A\npart: about\norder: 10\nstandards: [nms-4]', '\nRing <Contact id="fostering-on-call" />.\n'));
  assert.deepEqual(good.problems, []);
  assert.equal(good.page.data?.title, 'A');
  const broken = checked(page('title: A\npart: about\norder: 10'), { contacts: [{ id: 'x', name: 42 as unknown as string }] });
  assert.deepEqual(broken.problems.map((p) => [p.file, p.what.slice(0, 18)]), [['content/handbook/a.mdx', 'could not be read:']]);
});

test('a page is due for review after the council’s usual interval (reviewEveryMonths), unless it sets its own', () => {
  // page() is reviewed on 1 November 2026.
  const overdue = (text: string, reviewEveryMonths: number) =>
    checked(text, { today: new Date('2027-01-05T00:00:00Z'), reviewEveryMonths })
      .problems.map(formatProblem)
      .filter((line) => line.includes('due for review'));
  const section = page('title: A\npart: about\norder: 10');
  assert.deepEqual(overdue(section, 12), [], 'every 12 months: due in November 2027');
  assert.match(overdue(section, 2).join('\n'), /^content\/handbook\/a\.mdx:\d+ - warning: this page is due for review - the review was due on 1 January 2027 \(4 days ago\)/);
  const ownInterval = page('title: A\npart: about\norder: 10\nreviewEvery: 12');
  assert.deepEqual(overdue(ownInterval, 2), [], 'the page’s own reviewEvery comes first');
});

