import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { contentReport } from '../../../src/lib/content/report.ts';
import { lists, page, siteOf } from './site.ts';

test('the report lists errors, then warnings, then one summary line, and fails on an error', () => {
  const root = siteOf({
    ...lists,
    'content/handbook/a.mdx': page('title: A\npart: about\norder: 10').replace(/2026-11-01/g, '2024-01-01'),
    'content/handbook/b.mdx': page('title: B\npart: about\norder: 20\nstandards: [nms-40]'),
  });
  try {
    const { lines, exitCode } = contentReport(root, { today: new Date('2026-11-22T00:00:00Z') });
    assert.equal(exitCode, 1);
    assert.match(lines[0], /^content\/handbook\/b\.mdx:5 - "nms-40" is not a standard/);
    assert.match(lines[1], /^content\/handbook\/a\.mdx:6 - warning: this page is due for review/);
    assert.match(lines.at(-1)!, /^Content check: 1 error and 1 warning \(\d+\.\ds\)\. Fix the errors above/);
    const annotated = contentReport(root, { annotations: true });
    assert.ok(annotated.lines.some((line) => line.startsWith('::error file=content/handbook/b.mdx,line=5,')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('with no errors the report passes and says so', () => {
  const root = siteOf({ ...lists, 'content/handbook/a.mdx': page('title: A\npart: about\norder: 10') });
  try {
    const { lines, exitCode } = contentReport(root, { today: new Date('2026-11-22T00:00:00Z') });
    assert.equal(exitCode, 0);
    assert.match(lines.join('\n'), /^Content check: no errors, 0 warnings \(\d+\.\ds\)\.$/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
