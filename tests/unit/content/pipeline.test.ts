import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { readContent } from '../../../src/lib/content/pipeline.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { lists, page, siteOf } from './site.ts';

const today = new Date('2026-11-22T00:00:00Z');

function withSite(files: Record<string, string>, check: (site: ReturnType<typeof readContent>) => void) {
  const root = siteOf({ ...lists, ...files });
  try {
    check(readContent(root, { today }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a correct site has no problems, and its pages and lists come back as data', () => {
  withSite(
    {
      'content/handbook/a.mdx': page('title: A\npart: about\norder: 10\nstandards: [nms-4]', '\nRing <Contact id="fostering-on-call" />.\n\n## Daily records\n'),
      'content/guides/g.mdx': page('title: G\nsources: [a]', '\n## What is it?\n\nA.\n\n## Why does it matter?\n\nB.\n\n## What do I need to do?\n\nC.\n\n## Where can I find out more?\n\n- [A](/handbook/a/#daily-records)\n'),
    },
    (site) => {
      assert.deepEqual(site.problems.map(formatProblem), []);
      assert.deepEqual(site.pages.map((p) => `${p.collection}/${p.id}`), ['handbook/a', 'guides/g']);
      assert.deepEqual(site.pages[0].data?.standards, ['nms-4']);
      assert.deepEqual(site.ids, { standardIds: ['nms-4'], partIds: ['about'], handbookIds: ['a'], phoneContactIds: ['fostering-on-call', 'fostering-service', 'emergency'] });
      assert.deepEqual(
        site.data.contacts.map((c) => [c.id, c.line]),
        [
          ['fostering-on-call', 1],
          ['fostering-service', 5],
          ['emergency', 12],
        ],
      );
      assert.deepEqual(site.data.editorialLog.map((e) => e.id), ['a-1']);
    },
  );
});

test('every rule runs on every page and each problem has its file and line', () => {
  withSite(
    {
      'content/handbook/a.mdx': page('title: A\npart: about\norder: 10\nstandards: [nms-5]', '\n# Big\n\n[B](/handbook/b/)\n\nRing 07958 337681.\n\nTo be written: more.\n'),
      'content/handbook/b.mdx': page('title: A\npart: about\norder: 20'),
      'content/guides/g.mdx': page('title: G\nsources: [a]'),
      'content/contacts.yaml': '- id: x\n  name: X\n  purpose: Y.\n  web: http://x.uk\n',
    },
    (site) => {
      const lines = site.problems.map((p) => `${p.file}:${p.line} ${p.what}`);
      const expect = (pattern: RegExp) => assert.ok(lines.some((line) => pattern.test(line)), `${pattern}\n${lines.join('\n')}`);
      expect(/^content\/handbook\/a\.mdx:5 "nms-5" is not a standard/);
      expect(/^content\/handbook\/a\.mdx:14 "# Big" is a top-level heading/);
      expect(/^content\/handbook\/a\.mdx:18 the phone number 07958 337681 is typed/);
      expect(/^content\/handbook\/a\.mdx:20 the page still has "To be written:"/);
      expect(/^content\/handbook\/a\.mdx:2 the title "A" is also the title of content\/handbook\/b\.mdx/);
      expect(/^content\/handbook\/b\.mdx:2 the title "A" is also the title of content\/handbook\/a\.mdx/);
      expect(/^content\/guides\/g\.mdx:\d+ the heading "## What is it\?" is missing/);
      expect(/^content\/contacts\.yaml:4 web: the address http:\/\/x\.uk uses http:\/\//);
      assert.ok(!lines.some((line) => line.includes('[B](/handbook/b/)')), 'a link to a page that exists is fine');
    },
  );
});

test('a review that is due is a warning on the reviewed line; the date rule sees dates as written', () => {
  withSite(
    {
      'content/handbook/a.mdx': page('title: A\npart: about\norder: 10').replace('reviewed: 2026-11-01', 'reviewed: 2025-01-01').replace('- date: 2026-11-01', '- date: 2025-01-01'),
      'content/handbook/b.mdx': page('title: B\npart: about\norder: 20').replace('- date: 2026-11-01', '- date: 2026-02-30'),
    },
    (site) => {
      const [warning] = site.problems.filter((p) => p.severity === 'warning');
      assert.deepEqual([warning.file, warning.line, warning.what], ['content/handbook/a.mdx', 6, 'this page is due for review']);
      const dateError = site.problems.find((p) => p.file === 'content/handbook/b.mdx')!;
      assert.deepEqual([dateError.line, dateError.what], [8, 'changes date "2026-02-30" is not a real date written as YYYY-MM-DD']);
    },
  );
});

test('a list file that cannot be read, or has entries without ids, says where', () => {
  withSite(
    {
      'content/parts.yaml': '- id: about\n  order: 1\n  title: About\n  description: About.\n- order: 2\n  title: No id\n  description: x\n- id: About\n  order: 3\n  title: T\n  description: D\n',
      'content/synonyms.yaml': 'just text\n',
    },
    (site) => {
      const lines = site.problems.map((p) => `${p.file}:${p.line} ${p.what}`);
      assert.ok(lines.includes('content/parts.yaml:5 this entry has no id'), lines.join('\n'));
      assert.ok(lines.includes('content/parts.yaml:8 the id "About" is not lower-case letters and numbers joined by hyphens'), lines.join('\n'));
      assert.ok(lines.includes('content/synonyms.yaml:1 the file is not a list of entries'), lines.join('\n'));
    },
  );
  // A contacts file that cannot be read says so, and only so: not that the contacts in it are missing.
  withSite({ 'content/contacts.yaml': '- id: fostering-service\n  name: [Fostering\n' }, (site) => {
    const said = site.problems.filter((p) => p.file === 'content/contacts.yaml').map((p) => p.what);
    assert.equal(said.length, 1, said.join('\n'));
    assert.doesNotMatch(said[0], /there is no contact/);
  });
});

test('the council’s review interval (reviewEveryMonths in content/site.yaml) decides when a page is due for review', () => {
  const section = page('title: A\npart: about\norder: 10\nstandards: [nms-4]');
  const due = (extra: string) => {
    const root = siteOf({ ...lists, 'content/site.yaml': `${lists['content/site.yaml']}${extra}`, 'content/handbook/a.mdx': section });
    try {
      // page() is reviewed on 1 November 2026: due in November 2027 at 12 months, in May 2027 at 6.
      const site = readContent(root, { today: new Date('2027-06-01T00:00:00Z') });
      return site.problems.map(formatProblem).filter((line) => line.includes('due for review'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  assert.deepEqual(due(''), [], '12 months when the settings say nothing');
  assert.deepEqual(due('reviewEveryMonths: 12\n'), []);
  assert.match(due('reviewEveryMonths: 6\n').join('\n'), /warning: this page is due for review - the review was due on 1 May 2027 \(31 days ago\)/);
});
