/**
 * Every number in a One Minute Guide - a time limit, an amount, an age - is stated by one of the handbook
 * pages in its `sources`. The only exceptions are numbers the editorial log vouches for (an entry for the
 * guide with `numbers: [...]`), and each of those must be in the seed lines that entry names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isStatedIn, quantitiesIn, readableText, unsourcedQuantities, type Quantity } from '../../src/lib/guideNumbers.ts';
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

function vouchedFor(guide: string, quantity: Quantity): boolean {
  return exceptions.some((e) => e.guide === guide && isStatedIn(quantity, e.quantities));
}

test('the guides state numbers (so the check below has something to check)', () => {
  const stated = guides.reduce((n, g) => n + g.quantities.length, 0);
  assert.ok(stated >= guides.length, `only ${stated} numbers in ${guides.length} guides`);
});

for (const guide of guides) {
  test(`guide ${guide.id}: every number is in one of its sources, or vouched for in the editorial log`, () => {
    assert.ok(guide.sources.every((s) => handbookQuantities.has(s)), `a source of ${guide.id} is not a handbook page`);
    const unsourced = unsourcedQuantities(guide.quantities, guide.sourceQuantities).filter((q) => !vouchedFor(guide.id, q));
    assert.deepEqual(
      unsourced.map((q) => q.written),
      [],
      `content/guides/${guide.id}.mdx states these, but none of its sources (${guide.sources.join(', ')}) does. Use the source's number, or add the page that states it to sources, or log the exception with numbers: [...] and the seed lines that state it (content/editorial-log).`,
    );
  });
}

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
