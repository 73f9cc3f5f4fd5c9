/**
 * Citations: every standard a page cites is in the catalogue and has its page, and wherever a handbook
 * page cites something other than what its source section cited, the editorial log says why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages } from '../../scripts/lib/builtSite.ts';
import { contentFile, contentFiles, editorialLog, inventory, repoRoot } from './site.ts';
import { contentTypes } from '../../src/lib/routes.ts';

const catalogue = new Set((parseYaml(readFileSync(join(repoRoot, 'content/standards.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id));
const built = new Set(builtPages().map((p) => p.path));

/** The inventory's "as cited" standards, as catalogue ids: nms 15 -> nms-15, regulations "part-2" -> reg-part-2. */
function citedIds(standards: { nms: (number | string)[]; regulations: (number | string)[]; tsd: (number | string)[] }): string[] {
  return [
    ...standards.nms.map((n) => `nms-${n}`),
    ...standards.regulations.map((r) => (String(r).startsWith('reg-') ? String(r) : `reg-${r}`)),
    ...standards.tsd.map((n) => `tsd-${n}`),
  ];
}

/** Whether a log entry's text mentions a standard: "nms-15", "NMS 15", "Standard 15", "Regulation 11"… */
function mentions(text: string, standard: string): boolean {
  const [, set, number] = /^(nms|tsd|reg)-(.+)$/.exec(standard)!;
  const n = number.replace(/^(part|schedule)-/, '');
  const forms = set === 'reg' ? [`reg-${number}`, `Regulation ${n}`, `Part ${n}`, `Schedule ${n}`] : [`${set}-${n}`, `${set} ${n}`, `Standard ${n}`];
  return forms.some((form) => new RegExp(`\\b${form.replace(/[-\s]/g, '[-\\s]?')}\\b`, 'i').test(text));
}

test('every standard cited by a page is in content/standards.yaml and has a built page', () => {
  const problems: string[] = [];
  for (const folder of contentTypes) {
    for (const { id, path } of contentFiles(folder)) {
      for (const standard of (contentFile(path).data.standards as string[] | undefined) ?? []) {
        if (!catalogue.has(standard)) problems.push(`${folder}/${id}: ${standard} is not in the catalogue`);
        else if (!built.has(`/standards/${standard}/`)) problems.push(`${folder}/${id}: /standards/${standard}/ was not built`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every handbook page whose standards differ from its source sections’ citations has a correction in the editorial log', () => {
  const sections = inventory().documents['000'].sections;
  const corrections = editorialLog().filter((e) => e.kind === 'correction');
  const missing: string[] = [];
  let compared = 0;
  for (const { id, path } of contentFiles('handbook')) {
    const { data } = contentFile(path);
    const range = /^000:(\d+)-(\d+)$/.exec(String(data.source ?? ''));
    assert.ok(range, `handbook/${id}: source should be "000:start-end", not ${data.source}`);
    const [start, end] = [Number(range[1]), Number(range[2])];
    const covered = sections.filter((s) => s.startLine >= start && s.endLine <= end);
    assert.ok(covered.length > 0, `handbook/${id}: no inventory section lies within ${data.source}`);
    const cited = new Set(covered.flatMap((s) => (s.standards ? citedIds(s.standards) : [])));
    const published = new Set((data.standards as string[] | undefined) ?? []);
    compared++;
    const added = [...published].filter((s) => !cited.has(s));
    const dropped = [...cited].filter((s) => !published.has(s));
    if (added.length === 0 && dropped.length === 0) continue;
    const entries = corrections.filter((e) => e.page === `handbook/${id}`);
    const unexplained = [...added, ...dropped].filter((standard) => !entries.some((e) => mentions(`${e.sourceSays} ${e.wePublish} ${e.why}`, standard)));
    if (unexplained.length > 0) {
      missing.push(`handbook/${id}: cites ${[...published].join(', ') || 'nothing'}; the source cited ${[...cited].join(', ') || 'nothing'} (added ${added.join(', ') || '-'}, dropped ${dropped.join(', ') || '-'}); no correction for this page mentions ${unexplained.join(', ')}`);
    }
  }
  assert.equal(compared, 66);
  assert.deepEqual(missing, []);
});

test('every log entry names a real seed line range and says what changed', () => {
  const problems = editorialLog().filter(
    (e) => !['correction', 'unresolved-reference', 'question', 'removed'].includes(e.kind) || !/^\d/.test(e.lines) || !e.sourceSays || !e.wePublish || !e.why,
  );
  assert.deepEqual(problems.map((e) => `${e.file}: ${e.kind} ${e.lines}`), []);
});
