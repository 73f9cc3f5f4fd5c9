import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pageFolder, readText, sizeLimits, yamlFolder } from '../../../src/lib/content/files.ts';
import { siteOf } from './site.ts';

test('a page folder holds lower-case .mdx files; anything else is named', () => {
  const root = siteOf({
    'content/handbook/missing-from-care.mdx': 'x',
    'content/handbook/Missing-From-Care.mdx': 'x',
    'content/handbook/missing_from_care.mdx': 'x',
    'content/handbook/sleepovers.md': 'x',
    'content/handbook/.DS_Store': 'x',
    'content/handbook/pocket-money.mdx': 'x',
  });
  mkdirSync(join(root, 'content/handbook/old'));
  try {
    const { pages, problems } = pageFolder(root, 'content/handbook');
    assert.deepEqual(pages.map((p) => p.id).sort(), ['Missing-From-Care', 'missing-from-care', 'missing_from_care', 'pocket-money']);
    const byFile = (file: string) => problems.filter((p) => p.file === `content/handbook/${file}`).map((p) => p.what);
    assert.ok(byFile('missing-from-care.mdx').some((w) => /and "content\/handbook\/Missing-From-Care\.mdx" and "content\/handbook\/missing_from_care\.mdx" differ only/.test(w)));
    assert.ok(byFile('Missing-From-Care.mdx').some((w) => /not lower-case/.test(w)));
    assert.match(byFile('sleepovers.md')[0], /not an \.mdx file/);
    assert.match(byFile('.DS_Store')[0], /not an \.mdx file/);
    assert.match(byFile('old')[0], /is a folder/);
    assert.deepEqual(byFile('pocket-money.mdx'), []);
    assert.ok(problems.every((p) => p.line === undefined && p.severity === 'error'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a file is read as UTF-8 text, or says why it cannot be', () => {
  const root = siteOf({
    'good.mdx': '\uFEFFtitle: £5',
    'empty.mdx': '  \n',
    'big.mdx': 'x'.repeat(sizeLimits.page + 1),
    'latin1.mdx': new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xa3, 0x35]),
  });
  try {
    assert.deepEqual(readText(root, 'good.mdx', sizeLimits.page), { text: 'title: £5' });
    const problem = (file: string) => {
      const read = readText(root, file, sizeLimits.page);
      assert.ok('problem' in read, file);
      return read.problem;
    };
    assert.match(problem('empty.mdx').what, /empty/);
    assert.match(problem('big.mdx').what, /over the 100 KB/);
    assert.deepEqual([problem('latin1.mdx').line, /not saved as UTF-8/.test(problem('latin1.mdx').what)], [3, true]);
    assert.match(problem('missing.mdx').what, /missing/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the editorial log folder lists its YAML files in order', () => {
  const root = siteOf({ 'log/b.yaml': '', 'log/a.yaml': '', 'log/README.md': '' });
  try {
    assert.deepEqual(yamlFolder(root, 'log'), ['log/a.yaml', 'log/b.yaml']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
