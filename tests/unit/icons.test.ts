import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iconSvg } from '../../src/lib/icons.ts';

test('the icon is the page mark on the brand colour, the mark inside the middle for a maskable icon', () => {
  const plain = iconSvg('#4b2a6b');
  assert.match(plain, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#4b2a6b"\/>/);
  assert.match(plain, /d="M8 8h16v16H8z"/, 'the page fills the middle half');
  const maskable = iconSvg('#4b2a6b', { inset: 5, size: 512 });
  assert.match(maskable, /width="512" height="512"/);
  // Inset by 5 of 32, the page starts at 5 + 8 × 22/32 = 10.5: inside the middle 80% (3.2 to 28.8).
  assert.match(maskable, /d="M10.5 10.5h11v11H10.5z"/);
});
