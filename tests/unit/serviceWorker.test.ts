import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles, killSwitchSource } from '../../scripts/lib/serviceWorker.ts';

test('the saved copy lists each file at the address the site serves it from, with its size, and gzipped if kept compressed', () => {
  const dist = mkdtempSync(join(tmpdir(), 'saved-copy-files-'));
  try {
    const page = `<main>${'Ring the fostering service. '.repeat(100)}</main>`;
    mkdirSync(join(dist, 'guides/money'), { recursive: true });
    writeFileSync(join(dist, 'guides/money/index.html'), page);
    mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dist, 'pagefind/fragment/en_1.pf_fragment'), 'chunk');
    assert.deepEqual(
      builtFiles(dist, [
        { url: 'guides/money/index.html', revision: 'r1', size: page.length },
        { url: 'pagefind/fragment/en_1.pf_fragment', revision: null, size: 5 },
      ]),
      [
        { url: '/guides/money/', revision: 'r1', bytes: page.length, gzipBytes: gzipSync(page, { level: 6 }).length },
        { url: '/pagefind/fragment/en_1.pf_fragment', revision: null, bytes: 5, gzipBytes: undefined },
      ],
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('the kill switch deletes only the saved copy’s caches, unregisters, and handles no requests', () => {
  const source = killSwitchSource('handbook-saved-copy');
  assert.match(source, /skipWaiting\(\)/);
  assert.match(source, /key\.startsWith\("handbook-saved-copy"\)\) await caches\.delete\(key\)/);
  assert.match(source, /self\.registration\.unregister\(\)/);
  assert.doesNotMatch(source, /addEventListener\('fetch'/);
});
