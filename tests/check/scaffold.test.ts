/**
 * npm run new writes pages whose only problems are the "To be written:" placeholders it leaves for the
 * author (which stop the check and the build until they are replaced) and refuses duplicates; npm run
 * report:reviews lists pages by due date, overdue first. Each runs on a copy of the real content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypes } from '../../src/lib/routes.ts';
import { runCheck, siteWith } from '../gate/site.ts';

const root = process.cwd();
const run = (script: string, site: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args, '--root', site], { encoding: 'utf8' });

test('a new guide, section and document fail the check only where "To be written:" is left, and pass once it is written', async () => {
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
    const document = run('new.ts', site, 'document', 'Safer Caring Policy (2026)');
    assert.equal(document.status, 0, document.stderr);
    // After the last document: the content's highest order is 30.
    assert.match(readFileSync(join(site, 'content/documents/safer-caring-policy-2026.mdx'), 'utf8'), /\norder: 40\n/);

    const { status, output } = await runCheck(site);
    assert.equal(status, 1, output);
    const problems = output.split('\n').filter((line) => line.startsWith('content/'));
    const placeholders = (file: string) =>
      readFileSync(join(site, file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          line.includes('To be written:') ? [`${file}:${index + 1} - the page still has "To be written:" text from npm run new`] : [],
        );
    const expected = [
      ...placeholders('content/guides/bedtimes-and-sleep.mdx'),
      ...placeholders('content/handbook/pocket-money.mdx'),
      ...placeholders('content/documents/safer-caring-policy-2026.mdx'),
    ];
    assert.ok(expected.length > 0);
    assert.deepEqual(problems.map((line) => line.replace(/ - replace every.*$/, '')).sort(), expected.sort());

    for (const file of [
      'content/guides/bedtimes-and-sleep.mdx',
      'content/handbook/pocket-money.mdx',
      'content/documents/safer-caring-policy-2026.mdx',
    ]) {
      writeFileSync(join(site, file), readFileSync(join(site, file), 'utf8').replaceAll('To be written:', 'Written:'));
    }
    // The key points are written as the page says them (the check refuses a point the page does not make).
    const sectionFile = join(site, 'content/handbook/pocket-money.mdx');
    const [first, next] = [...readFileSync(sectionFile, 'utf8').matchAll(/^ {2}- "Written:.*"$/gm)].map((m) => m[0]);
    writeFileSync(
      sectionFile,
      readFileSync(sectionFile, 'utf8')
        .replace(first, '  - "Start with what a carer most needs to know about pocket money."')
        .replace(next, '  - "Written: the steps, as a numbered list."'),
    );
    const written = await runCheck(site);
    assert.equal(written.status, 0, written.output);
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
      const text = readFileSync(path, 'utf8')
        .replace(/^reviewed: .*$/m, `reviewed: ${reviewed}${extra}`)
        .replace(/- date: \d{4}-\d{2}-\d{2}/g, `- date: ${reviewed}`);
      writeFileSync(path, text);
    };
    setReview('content/handbook/transport.mdx', '2020-01-01');
    setReview('content/guides/money.mdx', '2022-03-01');
    setReview('content/documents/statement-of-purpose.mdx', '2026-11-01', '\nreviewBy: 2027-01-15');
    // A day after every page's last review, so no page is reviewed "in the future".
    const report = run('report-reviews.ts', site, '--today', '2026-12-31');
    assert.equal(report.status, 0, report.stderr);
    const lines = report.stdout.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const pages = contentTypes.flatMap((type) => readdirSync(join(site, 'content', type)).filter((name) => name.endsWith('.mdx'))).length;
    assert.match(report.stdout, new RegExp(`: 2 overdue, ${pages - 2} not yet due`));
    assert.ok(at('Overdue (2)') < at('content/handbook/transport.mdx'));
    assert.ok(at('content/handbook/transport.mdx') < at('content/guides/money.mdx'), 'most overdue first');
    assert.ok(at('content/guides/money.mdx') < at('Due next'));
    assert.equal(at('content/documents/statement-of-purpose.mdx'), at('Due next') + 1, 'the earliest reviewBy is due next');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the review report follows the council’s review interval (reviewEveryMonths in content/site.yaml)', () => {
  const site = siteWith();
  try {
    const pages = contentTypes.flatMap((type) => readdirSync(join(site, 'content', type)).filter((name) => name.endsWith('.mdx'))).length;
    const overdue = () => {
      // Every page here was last reviewed in November or December 2026.
      const report = run('report-reviews.ts', site, '--today', '2027-02-15');
      assert.equal(report.status, 0, report.stderr);
      return Number(/: (\d+) overdue/.exec(report.stdout)?.[1]);
    };
    assert.equal(overdue(), 0, 'every 12 months: none due yet');
    const settings = join(site, 'content/site.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^reviewEveryMonths: \d+$/m, 'reviewEveryMonths: 1'));
    assert.equal(overdue(), pages, 'every month: all of them due');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
