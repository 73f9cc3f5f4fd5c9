/**
 * Every number in a One Minute Guide - a time limit, an amount, an age - is stated by one of the handbook
 * pages in its `sources`, or vouched for by the editorial log (an entry for the guide with `numbers:
 * [...]`): a content rule, which the build enforces. Here, what only the repository's tests can read: each
 * vouched-for number is in the seed lines its entry names, and each is still needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isStatedIn, quantitiesIn, readableText } from '../../src/lib/content/rules/guideNumbers.ts';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { contentFile, contentFiles, editorialLog, repoRoot, seedLines } from './site.ts';

/** The summary and body of a page, as read. */
function pageText(path: string): string {
  const { data, body } = contentFile(path);
  return `${data.summary ?? ''}\n${readableText(parseMdx(body))}`;
}

const handbookQuantities = new Map(contentFiles('handbook').map(({ id, path }) => [id, quantitiesIn(pageText(path))]));

const guides = contentFiles('guides').map(({ id, path }) => {
  const sources = (contentFile(path).data.sources as string[] | undefined) ?? [];
  return {
    id,
    quantities: quantitiesIn(pageText(path)),
    sources,
    sourceQuantities: sources.flatMap((s) => handbookQuantities.get(s) ?? []),
  };
});

/** The lines a log entry names ("25, 127, 151", "1179-1180"), as text. */
function loggedLines(seed: string, lines: string): string {
  const all = seedLines(seed);
  return lines
    .split(',')
    .map((part) => part.trim().split('-').map(Number))
    .flatMap(([start, end = start]) => all.slice(start - 1, end))
    .join('\n');
}

const exceptions = editorialLog()
  .filter((e) => e.page?.startsWith('guides/') && Array.isArray((e as { numbers?: unknown }).numbers))
  .map((e) => ({ ...e, numbers: (e as unknown as { numbers: string[] }).numbers }))
  .map((e) => ({ ...e, guide: e.page!.slice('guides/'.length), quantities: e.numbers.flatMap((n) => quantitiesIn(n)) }));

// That each guide's numbers are in its sources or vouched for by the log is a content rule
// (src/lib/content/rules/guideNumbers.ts) the build enforces. What needs the seeds is checked here.

test('every number the log vouches for is in the seed lines it names', () => {
  assert.ok(exceptions.length > 0, 'no exceptions in the log: if there are none, delete this test');
  const problems = exceptions.flatMap((e) => {
    const seedQuantities = quantitiesIn(loggedLines(e.seed, e.lines));
    return e.quantities.filter((q) => !isStatedIn(q, seedQuantities)).map((q) => `${e.file} (${e.page}): "${q.written}" is not in seed ${e.seed} lines ${e.lines}`);
  });
  assert.deepEqual(problems, []);
});

test('every exception in the log is still needed: the guide states the number and its sources do not', () => {
  const stale = exceptions.flatMap((e) => {
    const guide = guides.find((g) => g.id === e.guide);
    if (!guide) return [`${e.file}: ${e.page} is not a guide`];
    return e.quantities
      .filter((q) => !isStatedIn(q, guide.quantities) || isStatedIn(q, guide.sourceQuantities))
      .map((q) => `${e.file} (${e.page}): "${q.written}" ${isStatedIn(q, guide.quantities) ? 'is in the guide’s sources' : 'is not in the guide'}: remove it from numbers`);
  });
  assert.deepEqual(stale, []);
});

test('the seeds are where the log says (so the exceptions above are really checked)', () => {
  assert.ok(loggedLines('000', '25').includes('5 working days'), join(repoRoot, '..', 'shared', 'seeds'));
});
