import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { parsePage, readFrontmatter } from '../../../src/lib/content/parsePage.ts';
import { siteOf } from './site.ts';

function parsed(text: string) {
  const root = siteOf({ 'content/handbook/a.mdx': text });
  try {
    return { ...parsePage(root, 'content/handbook/a.mdx'), frontmatter: readFrontmatter(root, 'content/handbook/a.mdx') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a page is split once and parsed once: its fields with their lines, and its body as a tree with the file’s lines', () => {
  const { page, findings, frontmatter } = parsed('---\ntitle: A\nsummary: B\n---\n\n## C\n');
  assert.deepEqual(findings, []);
  assert.deepEqual(page.frontmatter, { title: 'A', summary: 'B' });
  assert.deepEqual(frontmatter, page.frontmatter, 'the build’s loaders read the same fields');
  assert.equal(page.yaml?.lineOf(['summary']), 3);
  assert.equal(page.tree?.children[0]?.position?.start.line, 6);
});

test('what stops a page being split or parsed is a finding, and nothing unsafe is read on', () => {
  const ambiguous = parsed('--- # fields\ntitle: A\n---\n\nText\n');
  assert.match(ambiguous.findings[0]!.what, /not exactly ---/);
  assert.equal(ambiguous.page.tree, undefined);
  assert.equal(ambiguous.frontmatter, undefined, 'the loaders get nothing from a page the gate refuses');
  assert.match(parsed('---\ntitle: A\n').findings[0]!.what, /never closed/);
  assert.match(parsed('Text only\n').findings[0]!.what, /no frontmatter/);
  assert.match(parsed('---\n- a\n- b\n---\n\nText\n').findings[0]!.what, /not a list of fields/);
  assert.match(parsed(`---\ntitle: A\n---\n\n${'word '.repeat(2000)}\n`).findings[0]!.what, /with no blank line/);
  assert.equal(parsed(`---\ntitle: A\n---\n\n${'word '.repeat(2000)}\n`).page.tree, undefined, 'an over-long block is not parsed');
  assert.match(parsed('---\ntitle: A\n---\n\n<Note>\n\nText\n').findings[0]!.what, /<Note> that opens on line 5/);
  assert.match(parsed(`---\ntitle: A\n---\n\n${'> '.repeat(60)}deep\n`).findings[0]!.what, /more than 40 deep/);
});
