import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrandColour } from '../../src/lib/brandColour.ts';

test('the brand colour replaces the marked standard-theme colours only; high visibility keeps its own', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const branded = withBrandColour(tokens, '#4b2a6b');
  assert.equal((branded.match(/#4b2a6b/g) ?? []).length, 2, 'the brand and the accent edge');
  assert.match(branded, /:root\[data-contrast='high'\] \{[^}]*--colour-brand: #000000;/);
  assert.equal(withBrandColour(tokens, '#00594f'), tokens, 'this council’s colour is the stylesheet as written');
});
