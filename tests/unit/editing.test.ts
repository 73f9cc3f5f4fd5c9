/** The rules behind npm run check, the review cycle, What's new and the new-page tool. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyProblems, headingAnchors, headingProblems, linkProblems, mdxProblems } from '../../src/lib/bodyRules.ts';
import { changeFeedItems, changeMessages, siteChanges } from '../../src/lib/changes.ts';
import { isGoodFileName, repeats, slugFromTitle } from '../../src/lib/duplicates.ts';
import { checkFrontmatter } from '../../src/lib/frontmatterCheck.ts';
import { pageSchemas } from '../../src/lib/frontmatterSchema.ts';
import { guideStructureProblems } from '../../src/lib/guideStructure.ts';
import { mdxSyntaxError, parseMdx, splitPage } from '../../src/lib/mdxSource.ts';
import { formatProblem, splitMessage } from '../../src/lib/problems.ts';
import { addMonths, formatReviewSchedule, overdueMessage, reviewDue, reviewSchedule } from '../../src/lib/reviewCycle.ts';
import { guideTemplate, nextOrder, sectionTemplate } from '../../src/lib/scaffold.ts';
import { editUrl, repository } from '../../src/lib/siteConfig.ts';

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const site = { pages: new Map([['/handbook/recording/', new Set(['daily-records'])], ['/contents/', null]]) };

test('problems print as file:line - what is wrong - how to fix it', () => {
  assert.equal(formatProblem({ file: 'content/a.mdx', line: 3, severity: 'error', what: 'x is wrong', fix: 'do y.' }), 'content/a.mdx:3 - x is wrong - do y.');
  assert.equal(formatProblem({ file: 'a', line: 1, severity: 'warning', what: 'w', fix: 'f' }), 'a:1 - warning: w - f');
  assert.deepEqual(splitMessage('"nms-40" is not a standard in content/standards.yaml. Did you mean nms-4?'), {
    what: '"nms-40" is not a standard in content/standards.yaml',
    fix: 'Did you mean nms-4?',
  });
});

test('the page is split at its frontmatter, keeping file line numbers', () => {
  const page = splitPage('---\ntitle: A\n---\n\n## B\n');
  assert.equal(page.frontmatter, 'title: A');
  assert.equal(page.bodyLine, 4);
  assert.equal(splitPage('no frontmatter').hasFrontmatter, false);
});

test('headings: no h1 in the body, no skipped levels, anchors as Astro makes them', () => {
  const tree = parseMdx('# Title\n\n## A\n\n#### B\n\n### C\n\n## 16.0 Contact details\n');
  const problems = headingProblems(tree, 10);
  assert.deepEqual(problems.map((p) => p.line), [11, 15]);
  assert.match(problems[1].what, /jumps from level 2 to level 4/);
  assert.ok(headingAnchors(tree).has('160-contact-details'));
});

test('links: real pages and anchors, no file:// or http://, meaningful text', () => {
  const problems = (md: string) => linkProblems(parseMdx(md), site).map((p) => p.what);
  assert.deepEqual(problems('[Recording](/handbook/recording/#daily-records) and [contents](/contents/)'), []);
  assert.deepEqual(problems('[Recording](/handbook/recording)'), [], 'the trailing slash is optional');
  assert.match(problems('[Recording](/handbook/recordings/)')[0], /does not exist/);
  assert.match(problems('[Recording](/handbook/recording/#daily)')[0], /heading that is not on the page/);
  assert.match(problems('## Here\n\n[Up](#there)')[0], /not on this page/);
  assert.match(problems('[Policy](file:///C:/policy.docx)')[0], /file on someone's computer/);
  assert.match(problems('[Ofsted](http://www.gov.uk/ofsted)')[0], /http:\/\//);
  assert.match(problems('[Click here](https://www.gov.uk/)')[0], /does not say where/);
  assert.match(problems('[here](https://www.gov.uk/)')[0], /does not say where/);
  assert.match(problems('See https://www.gov.uk/foster-care.')[0], /bare web address/);
  assert.deepEqual(problems('[Ofsted](https://www.gov.uk/ofsted) or <Contact id="x" />'), []);
});

test('MDX: only the handbook components, known contacts, no scripts, imports or code', () => {
  const problems = (md: string) => mdxProblems(parseMdx(md), ['fostering-on-call']).map((p) => p.what);
  assert.deepEqual(problems('<Note>\n\nA\n\n</Note>\n\nCall <Contact id="fostering-on-call" />.\n\n{/* a comment */}'), []);
  assert.match(problems('<script>alert(1)</script>')[0], /<script>/);
  assert.match(problems('import X from "left-pad";')[0], /imports something/);
  assert.deepEqual(problems('import Note from "../../src/components/Note/Note.astro";'), []);
  assert.match(problems('export const a = 1;')[0], /adds code/);
  assert.match(problems('<Banner>Hi</Banner>')[0], /not one of the handbook's components/);
  assert.match(problems('<Contact id="fostering-oncall" />')[0], /not a contact/);
  assert.match(problems('Total {1 + 1}')[0], /code in curly brackets/);
  assert.match(bodyProblems(parseMdx('![](/a.png)'), site, [])[0].what, /no alt text/);
  assert.match(bodyProblems(parseMdx('<img src="/a.png" />'), site, [])[0].what, /no alt text/);
});

test('an MDX syntax error says where it is', () => {
  try {
    parseMdx('Text\n\n<Note>\n\nMore\n');
    assert.fail('should not parse');
  } catch (error) {
    const { line, reason } = mdxSyntaxError(error);
    assert.equal(line, 3);
    assert.match(reason, /closing tag for `<Note>`$/);
  }
});

const guide = (middle: string) =>
  `## What is it?\n\nA.\n\n## Why does it matter?\n\nB.\n\n${middle}## Where can I find out more?\n\n- [X](/handbook/x/)\n`;

test('One Minute Guides: the four headings in order, at most 350 words', () => {
  assert.deepEqual(guideStructureProblems(guide('## What do I need to do?\n\nC.\n\n')), []);
  assert.match(guideStructureProblems(guide(''))[0].message, /"## What do I need to do\?" is missing/);
  assert.match(guideStructureProblems(guide('## What do I need to do?\n\nC.\n\n## Extra\n\nD.\n\n'))[0].message, /not one of the four/);
  const swapped = '## Why does it matter?\n\nB.\n\n## What is it?\n\nA.\n\n## What do I need to do?\n\nC.\n\n## Where can I find out more?\n\nD.\n';
  assert.match(guideStructureProblems(swapped)[0].message, /out of order/);
  const long = guideStructureProblems(guide(`## What do I need to do?\n\n${'word '.repeat(350)}\n\n`));
  assert.equal(long.length, 1);
  assert.match(long[0].message, /^the guide has 353 words, over the 350-word limit/);
  assert.equal(long[0].line, 11, 'the line where the guide passes the limit');
});

test('review dates: 12 months by default, reviewEvery or reviewBy override; overdue first', () => {
  assert.deepEqual(addMonths(d('2025-01-31'), 1), d('2025-02-28'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01') }), d('2026-04-01'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01'), reviewEvery: 6 }), d('2025-10-01'));
  assert.deepEqual(reviewDue({ reviewed: d('2025-04-01'), reviewBy: d('2025-05-01') }), d('2025-05-01'));
  assert.match(overdueMessage({ reviewed: d('2025-01-01') }, d('2026-01-03'))!, /due on 1 January 2026 \(2 days ago\)/);
  assert.equal(overdueMessage({ reviewed: d('2025-01-01') }, d('2025-12-31')), undefined);
  const rows = reviewSchedule(
    [
      { file: 'later', title: 'Later', reviewed: d('2026-06-01') },
      { file: 'overdue', title: 'Overdue', reviewed: d('2024-01-01') },
      { file: 'soon', title: 'Soon', reviewed: d('2025-06-01'), reviewEvery: 12 },
    ],
    d('2026-01-01'),
  );
  assert.deepEqual(rows.map((r) => r.file), ['overdue', 'soon', 'later']);
  const report = formatReviewSchedule(rows, d('2026-01-01'));
  assert.match(report, /Overdue \(1\):\n {2}2025-01-01 {2}365 days overdue {2}overdue .*\n\nDue next \(2\):\n {2}2026-06-01 .* soon .*\n {2}2027-06-01 .* later /);
});

test('changes: newest first, not in the future, never newer than the review', () => {
  const today = d('2026-11-22');
  const ok = [{ date: d('2026-11-01'), summary: 'B' }, { date: d('2026-01-01'), summary: 'A' }];
  assert.deepEqual(changeMessages(ok, d('2026-11-01'), today), []);
  assert.match(changeMessages([...ok].reverse(), d('2026-11-01'), today)[0].message, /Put the newest change at the top/);
  assert.match(changeMessages(ok, d('2026-10-01'), today)[0].message, /set reviewed to 2026-11-01/);
  assert.match(changeMessages([{ date: d('2026-12-01'), summary: 'X' }], d('2026-12-01'), today)[0].message, /in the future/);
});

test("What's new: one entry per change across pages, newest first; the feed keeps that order", () => {
  const changes = siteChanges([
    { title: 'A', url: '/a/', changes: [{ date: d('2027-02-01'), summary: 'New number.' }, { date: d('2026-11-22'), summary: 'First published.' }] },
    { title: 'B', url: '/b/', changes: [{ date: d('2026-11-22'), summary: 'First published.' }] },
    { title: 'C', url: '/c/', changes: [{ date: d('2027-03-01'), summary: 'New rule.' }, { date: d('2027-02-01'), summary: 'New number.' }] },
  ]);
  assert.deepEqual(changes.map((c) => [c.summary, c.pages.map((p) => p.title)]), [
    ['New rule.', ['C']],
    ['New number.', ['A', 'C']],
    ['First published.', ['A', 'B']],
  ]);
  const items = changeFeedItems(changes);
  assert.deepEqual(items.map((i) => i.pubDate), [d('2027-03-01'), d('2027-02-01'), d('2026-11-22')]);
  assert.equal(items[1].link, '/whats-new/#2027-02-01-new-number');
  assert.equal(items[1].description, 'Pages changed: A; C.');
});

test('frontmatter problems name the line of the field at fault', () => {
  const schemas = pageSchemas({ standardIds: ['nms-4'], partIds: ['about'], handbookIds: ['a'] }, () => d('2026-11-22'));
  const text = 'title: A\nsummary: B\npart: about\norder: 10\nstandards: [nms-4, nms-40]\nreviewed: 2026-11-01\nchanges:\n  - date: 2026-11-31\n    summary: C\nrelatd: [a]';
  const { problems } = checkFrontmatter(text, 2, schemas.handbook, schemas.fieldNames.handbook);
  const byLine = Object.fromEntries(problems.map((p) => [p.line, p.what]));
  assert.match(byLine[6], /"nms-40" is not a standard/);
  assert.match(byLine[9], /changes date "2026-11-31" is not a real date/);
  assert.match(byLine[11], /"relatd" is not a field/);
  assert.match(checkFrontmatter('title: [A\n', 2, schemas.handbook, []).problems[0].what, /cannot be read/);
});

test('file names and duplicates', () => {
  assert.equal(slugFromTitle('Children’s Guide & Pledge'), 'childrens-guide-and-pledge');
  assert.equal(isGoodFileName('missing-from-care.mdx'), true);
  assert.equal(isGoodFileName('Missing from care.mdx'), false);
  const found = repeats([{ file: 'a', line: 1, t: 'SSW' }, { file: 'b', line: 2, t: 'ssw' }], (x) => x.t);
  assert.deepEqual(found.map((f) => [f.item.file, f.first.file]), [['b', 'a']]);
});

test('"Suggest a change" opens the file in the one configured repository', () => {
  assert.equal(editUrl('content/handbook/a.mdx'), `${repository.url}/edit/${repository.branch}/content/handbook/a.mdx`);
});

test('new pages: the required headings and valid structure as written', () => {
  const text = guideTemplate({ title: 'Bedtimes', source: { id: 'health', title: 'Health' }, today: d('2026-11-22') });
  assert.deepEqual(guideStructureProblems(splitPage(text).body), []);
  assert.match(text, /reviewed: 2026-11-22\nchanges:\n {2}- date: 2026-11-22/);
  assert.match(sectionTemplate({ title: 'A: B', part: 'about', order: 20, today: d('2026-11-22') }), /^---\ntitle: "A: B"\n/);
  assert.equal(nextOrder([10, 30, 20]), 40);
  assert.equal(nextOrder([]), 10);
});
