/**
 * Makes the app icons in public/icons/ from the favicon's design (src/lib/icons.ts) in the brand colour of
 * content/site.yaml, rendered to PNG by Chromium. Run it after changing the design or the brand colour, and
 * commit the PNGs: npm run make:icons (tests/build/icons.test.ts fails until the icons match the colour).
 *
 * The maskable icon keeps the page mark inside the middle 80% (the safe zone a phone may crop to a circle
 * or a rounded square); the others fill the square like the favicon.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/builtSite.ts';
import { commandLine } from './lib/commandLine.ts';
import { iconSvg } from '../src/lib/icons.ts';
import { siteSettings } from '../src/lib/siteConfig.ts';

commandLine({}, 'Use: npm run make:icons (takes no arguments)');

const brand = siteSettings().brandColour;

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
    const svg = iconSvg(brand, { inset, size });
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${svg}`);
    await page.screenshot({ path: join(out, file), omitBackground: false });
    await page.close();
    console.log(`public/icons/${file} (${size} x ${size}, ${brand})`);
  }
} finally {
  await browser.close();
}
