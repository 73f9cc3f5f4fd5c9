/**
 * The handbook's icons are in the council's brand colour (content/site.yaml): the favicon, built with the
 * site, and the app icons a phone shows, which scripts/make-icons.ts renders and the repository keeps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { dist } from '../../scripts/lib/builtSite.ts';
import { siteSettings } from '../../src/lib/siteConfig.ts';

const brand = siteSettings().brandColour.toLowerCase();
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };

/** The colour of a PNG's top-left pixel (8-bit RGB or RGBA): a first row's first pixel is stored as it is, whatever its filter. */
function cornerColour(png: Buffer): string {
  const chunks: Buffer[] = [];
  let colourType = -1;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      assert.equal(data[8], 8, '8 bits a channel');
      colourType = data[9];
    }
    if (type === 'IDAT') chunks.push(data);
    at += 12 + length;
  }
  assert.ok(colourType === 2 || colourType === 6, `truecolour PNG (colour type ${colourType})`);
  const pixels = inflateSync(Buffer.concat(chunks));
  return `#${[...pixels.subarray(1, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

test('the favicon is in the brand colour', () => {
  const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  assert.match(svg, /^<svg /);
  assert.ok(svg.toLowerCase().includes(`fill="${brand}"`), `fill="${brand}" in ${svg}`);
});

test('the app icons the manifest names are in the brand colour (after a change of colour: npm run make:icons)', () => {
  assert.equal(manifest.icons.length, 3);
  for (const { src } of manifest.icons) {
    assert.equal(cornerColour(readFileSync(join(dist, src))), brand, `${src}: run npm run make:icons and commit public/icons/`);
  }
});
