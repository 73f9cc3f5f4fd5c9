/**
 * Makes the app icons in public/icons/ from the favicon's design (a handbook page on the brand green from
 * src/styles/tokens.css), rendered to PNG by Chromium. Run once after changing the design, and commit the
 * PNGs: node scripts/make-icons.ts
 *
 * The maskable icon keeps the page mark inside the middle 80% (the safe zone a phone may crop to a circle
 * or a rounded square); the others fill the square like the favicon.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/builtSite.ts';
import { commandLine } from './lib/commandLine.ts';

commandLine({}, 'Use: npm run make:icons (takes no arguments)');

const brand = '#00594f';
const mark = (inset: number) => {
  const size = 32 - 2 * inset;
  const s = (n: number) => inset + (n * size) / 32;
  return `<rect width="32" height="32" fill="${brand}"/>
<path d="M${s(8)} ${s(8)}h${(16 * size) / 32}v${(16 * size) / 32}H${s(8)}z" fill="none" stroke="#fff" stroke-width="${(3 * size) / 32}"/>
<path d="M${s(12)} ${s(13)}h${(8 * size) / 32}M${s(12)} ${s(19)}h${(8 * size) / 32}" stroke="#fff" stroke-width="${(2.5 * size) / 32}"/>`;
};

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 5 },
];

const out = join(process.cwd(), 'public/icons');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  for (const { file, size, inset } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${mark(inset)}</svg>`;
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${svg}`);
    await page.screenshot({ path: join(out, file), omitBackground: false });
    await page.close();
    console.log(`public/icons/${file} (${size} x ${size})`);
  }
} finally {
  await browser.close();
}
