/**
 * npm run new writes pages that pass the check as written and refuses duplicates; npm run report:reviews
 * lists pages by due date, overdue first. Each runs on a copy of the real content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, siteWith } from './site.ts';

const root = process.cwd();
const run = (script: string, site: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args, '--root', site], { encoding: 'utf8' });

test('a new guide and a new section pass the check as written, with only "to be written" warnings', async () => {
  const site = siteWith();
  try {
    const guide = run('new.ts', site, 'guide', 'Bedtimes and sleep');
    assert.equal(guide.status, 0, guide.stderr);
    const guideText = readFileSync(join(site, 'content/guides/bedtimes-and-sleep.mdx'), 'utf8');
    for (const heading of ['What is it?', 'Why does it matter?', 'What do I need to do?', 'Where can I find out more?']) {
      assert.ok(guideText.includes(`\n## ${heading}\n`), heading);
    }
    const section = run('new.ts', site, 'section', 'Pocket money', '--part', 'support');
    assert.equal(section.status, 0, section.stderr);
    assert.match(readFileSync(join(site, 'content/handbook/pocket-money.mdx'), 'utf8'), /\npart: support\norder: \d+0\n/);

    const { status, output } = await runCheck(site);
    assert.equal(status, 0, output);
    assert.match(output, /content\/guides\/bedtimes-and-sleep\.mdx:3 - warning: the page still has "To be written:"/);
    assert.match(output, /content\/handbook\/pocket-money\.mdx:3 - warning/);
    assert.doesNotMatch(output, /^content\/.*:\d+ - (?!warning)/m);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the new-page tool refuses a duplicate file or title, and an unknown part', () => {
  const site = siteWith();
  try {
    const again = run('new.ts', site, 'guide', 'Allegations');
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /content\/guides\/allegations\.mdx already exists/);
    const sameTitle = run('new.ts', site, 'section', 'missing from care!', '--part', 'safeguarding');
    assert.notEqual(sameTitle.status, 0);
    assert.match(sameTitle.stderr, /content\/handbook\/missing-from-care\.mdx already exists/);
    const badPart = run('new.ts', site, 'section', 'Pocket money', '--part', 'money');
    assert.notEqual(badPart.status, 0);
    assert.match(badPart.stderr, /"money" is not a part of the handbook/);
    const noPart = run('new.ts', site, 'section', 'Pocket money');
    assert.match(noPart.stderr, /Say which part/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the review report lists overdue pages first, then the rest by due date', () => {
  const site = siteWith();
  try {
    const setReview = (file: string, reviewed: string, extra = '') => {
      const path = join(site, file);
      const text = readFileSync(path, 'utf8').replace(/^reviewed: .*$/m, `reviewed: ${reviewed}${extra}`).replace(/- date: \d{4}-\d{2}-\d{2}/, `- date: ${reviewed}`);
      writeFileSync(path, text);
    };
    setReview('content/handbook/transport.mdx', '2020-01-01');
    setReview('content/guides/money.mdx', '2022-03-01');
    setReview('content/documents/statement-of-purpose.mdx', '2026-11-01', '\nreviewBy: 2027-01-15');
    const report = run('report-reviews.ts', site);
    assert.equal(report.status, 0, report.stderr);
    const lines = report.stdout.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    assert.match(report.stdout, /: 2 overdue, 94 not yet due/);
    assert.ok(at('Overdue (2)') < at('content/handbook/transport.mdx'));
    assert.ok(at('content/handbook/transport.mdx') < at('content/guides/money.mdx'), 'most overdue first');
    assert.ok(at('content/guides/money.mdx') < at('Due next'));
    assert.equal(at('content/documents/statement-of-purpose.mdx'), at('Due next') + 1, 'the earliest reviewBy is due next');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
