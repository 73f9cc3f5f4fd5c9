import { test } from 'node:test';
import assert from 'node:assert/strict';
import { killSwitchSource, savedCopyManifest } from '../../scripts/lib/serviceWorker.ts';

test('the saved copy’s manifest lists each file at the address the site serves it from, with its size', () => {
  assert.deepEqual(savedCopyManifest([{ url: 'guides/money/index.html', revision: 'r1', size: 12 }]), [
    { url: '/guides/money/', revision: 'r1', bytes: 12 },
  ]);
});

test('the kill switch deletes only the saved copy’s caches, unregisters, and handles no requests', () => {
  const source = killSwitchSource('handbook-saved-copy');
  assert.match(source, /skipWaiting\(\)/);
  assert.match(source, /key\.startsWith\("handbook-saved-copy"\)\) await caches\.delete\(key\)/);
  assert.match(source, /self\.registration\.unregister\(\)/);
  assert.doesNotMatch(source, /addEventListener\('fetch'/);
});
