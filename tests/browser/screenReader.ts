/**
 * A virtual screen reader in the browser tests: @guidepup/virtual-screen-reader's browser build, from
 * node_modules, added to a loaded page as `window.screenReader` (through DevTools, so the site's
 * Content-Security-Policy is not loosened for it). It reads the page's DOM and accessibility semantics
 * as a screen reader would (roles, names, states, live regions, focus) and keeps a log of what it says:
 * the tests pin that log for the journeys a screen-reader user takes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const bundle = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
// The browser build is an ES module ending `export{… as Virtual,… as virtual}`: as a classic script it
// hands the reader to the page instead.
const exported = /export\s*\{([^}]*)\};?/.exec(bundle);
if (!exported) throw new Error('@guidepup/virtual-screen-reader: the browser build no longer ends with an export list');
const names = Object.fromEntries(
  exported[1].split(',').map((pair) =>
    pair
      .trim()
      .split(/\s+as\s+/)
      .reverse(),
  ),
);
const source = `${bundle.replace(exported[0], '')}\nwindow.screenReader = ${names.virtual};`;

type Reader = typeof import('@guidepup/virtual-screen-reader').virtual;
declare global {
  interface Window {
    screenReader: Reader;
  }
}

/** Starts the virtual screen reader on the page as loaded (at the top of the document). */
export async function startScreenReader(page: Page): Promise<void> {
  await page.evaluate(source);
  await page.evaluate(() => window.screenReader.start({ container: document.body }));
}

/** What it has said since it started (or since the log was last cleared), one phrase an item. */
export const spoken = (page: Page) => page.evaluate(() => window.screenReader.spokenPhraseLog());

export const clearSpoken = (page: Page) => page.evaluate(() => window.screenReader.clearSpokenPhraseLog());

/** Moves to the next item, as a screen reader's "next" (Down arrow in browse mode), n times. */
export const next = (page: Page, times = 1) =>
  page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await window.screenReader.next();
  }, times);

/**
 * Reads on with "next" (or a command, such as "moveToNextHeadingLevel2") until it says a phrase matching
 * `until`; returns how many steps that took.
 */
export const readUntil = (page: Page, until: RegExp, { command, limit = 400 }: { command?: string; limit?: number } = {}) =>
  page.evaluate(
    async ({ pattern, flags, command, limit }) => {
      const reader = window.screenReader;
      const match = new RegExp(pattern, flags);
      for (let steps = 1; steps <= limit; steps++) {
        await (command ? reader.perform(reader.commands[command as keyof typeof reader.commands]) : reader.next());
        if (match.test((await reader.lastSpokenPhrase()) ?? '')) return steps;
      }
      throw new Error(`never said ${match} in ${limit} steps`);
    },
    { pattern: until.source, flags: until.flags, command, limit },
  );

export const stopScreenReader = (page: Page) => page.evaluate(() => window.screenReader.stop());

/** One of the reader's commands by name, for example "moveToNextHeadingLevel2" or "moveToNextLandmark". */
export const perform = (page: Page, command: string, times = 1) =>
  page.evaluate(
    async ({ command, times }) => {
      const reader = window.screenReader;
      for (let i = 0; i < times; i++) await reader.perform(reader.commands[command as keyof typeof reader.commands]);
    },
    { command, times },
  );
