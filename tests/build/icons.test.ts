/**
 * The handbook's icons are in the council's brand colour (content/site.yaml): the favicon and the app icons
 * a phone shows, all built with the site from one design (src/lib/icons.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from '../../scripts/lib/builtSite.ts';
import { siteSettings } from '../../src/lib/siteConfig.ts';
import { appIconColours } from './iconColours.ts';

const brand = siteSettings().brandColour.toLowerCase();

test('the favicon is in the brand colour', () => {
  const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  assert.match(svg, /^<svg /);
  assert.ok(svg.toLowerCase().includes(`fill="${brand}"`), `fill="${brand}" in ${svg}`);
});

test('the app icons the manifest names are PNGs of their stated size, in the brand colour, with the white page in the middle (inside the safe zone for the maskable one)', async () => {
  const icons = await appIconColours(dist);
  assert.equal(icons.length, 3);
  for (const icon of icons) {
    assert.equal(icon.width, icon.stated, `${icon.src}: ${icon.width} px wide, the manifest says ${icon.stated}`);
    assert.equal(icon.height, icon.stated, `${icon.src}: ${icon.height} px high, the manifest says ${icon.stated}`);
    assert.equal(icon.corner, brand, `${icon.src}: the corner is the brand colour`);
    assert.equal(icon.middle, '#ffffff', `${icon.src}: the page's first line crosses the middle, in white`);
    // A phone may crop a maskable icon to a circle: its page keeps inside the middle 80%.
    assert.equal(icon.quarter, icon.purpose === 'maskable' ? brand : '#ffffff', `${icon.src} (${icon.purpose}): a quarter of the way in`);
  }
});
