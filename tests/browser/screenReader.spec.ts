/**
 * What a screen-reader user hears on the key journeys, pinned: a virtual screen reader
 * (@guidepup/virtual-screen-reader, tests/browser/screenReader.ts) reads the built site in Chromium and
 * its log is compared with the transcript below, so an announcement said twice, a label parted from the
 * text it labels, or a longer way to the main content fails the test. Each journey runs at Largest + High
 * visibility on a 390 px phone, the main mode of a screen-reader user with low vision (what is read does
 * not depend on the text size).
 *
 * The virtual reader reads the DOM with the ARIA and HTML mappings; where it differs from browsers it is
 * said beside the transcript (a <summary> is a "button, collapsed" in browsers and plain text here).
 * After a search run with Enter, focus moves to the result count: browsers read the focused paragraph's
 * text, the virtual reader says "paragraph" and reads the text on the next step.
 */
import { expect, test, type Page } from '@playwright/test';
import { clearSpoken, next, readUntil, spoken, startScreenReader } from './screenReader.ts';
import { contactPhone } from './site.ts';
import { savedCopyBudget } from '../../src/lib/savedCopy.ts';

test.use({ viewport: { width: 390, height: 844 } });
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('text-size', 'largest');
    localStorage.setItem('contrast', 'high');
  });
});

const wait = (page: Page, ms: number) => page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), ms);
const onCall = contactPhone('fostering-on-call');

/** The header, as every page starts (the home page marks its own link as the current page). */
const header = (home = false) => [
  'banner',
  `link, Coventry City Council Foster Carer’s Handbook${home ? ', current page' : ''}`,
  'link, Search',
  'button, Text size and contrast, 1 control, not expanded',
  'group',
  'Menu', // browsers: "Menu, button, collapsed"
  'end of group',
  'end of banner',
];

test('home page: from the top to 999 and Fostering On Call, through a short header', async ({ page }) => {
  await page.goto('/');
  await startScreenReader(page);
  const steps = await readUntil(page, new RegExp(onCall));
  expect(await spoken(page)).toEqual([
    'document',
    'link, Skip to main content',
    ...header(true),
    'main',
    'heading, Foster Carer’s Handbook, level 1',
    'region, Get help now',
    'heading, Get help now, level 2',
    'list',
    'listitem, level 1, position 1, set size 3',
    'Emergency services:',
    'link, 999',
    'If a child is in immediate danger or someone is hurt, call 999 first.',
    'end of listitem, level 1, position 1, set size 3',
    'listitem, level 1, position 2, set size 3',
    'Fostering On Call (out of hours):',
    `link, ${onCall}`,
  ]);
  expect(steps).toBeLessThanOrEqual(25);
});

test('search: the box is ready on arrival; Enter moves to the result count, said once; Tab reaches the first result', async ({ page }) => {
  await page.goto('/guides/missing-from-care/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toBeFocused();
  await startScreenReader(page);
  await page.keyboard.type('out of hours');
  await page.keyboard.press('Enter');
  const summary = page.locator('[data-search-summary]');
  await expect(summary).toBeFocused();
  const count = (await summary.textContent())!;
  expect(count).toMatch(/^\d+ results for “out of hours”/);
  // Longer than the pause after which the live region speaks: it stays silent, as focus said it.
  await wait(page, 1500);
  expect(await spoken(page)).toEqual(['document', 'paragraph']); // browsers read the focused paragraph's text
  await next(page, 3);
  await page.keyboard.press('Tab');
  expect(await spoken(page)).toEqual(['document', 'paragraph', count, 'end of paragraph', 'status', 'link, Out of hours help']);
  // On screen: the count at the top of the view, the first result under it.
  const [top, firstResult] = await page.evaluate(() => [
    document.querySelector('[data-search-summary]')!.getBoundingClientRect().top,
    document.querySelector('.search-result a')!.getBoundingClientRect().bottom,
  ]);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(firstResult).toBeLessThanOrEqual(844);
});

test('search: a reader who pauses before Enter hears the count once, from the live region', async ({ page }) => {
  await page.goto('/search/');
  await startScreenReader(page);
  await page.keyboard.type('out of hours');
  await wait(page, 1500);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
  await wait(page, 1500);
  const count = await page.locator('[data-search-summary]').textContent();
  expect(await spoken(page)).toEqual(['document', `polite: ${count}`, 'heading, Results, level 2']);
});

test('a handbook page: the skip link, then the steps to take now and the key points', async ({ page }) => {
  const policeWay = ['Emergency services:', 'link, 999'];
  const serviceWays = ['Coventry Fostering Service:', 'link, 024 7683 2828', 'Fostering On Call:', `link, ${onCall}`];
  await page.goto('/handbook/missing-from-care/');
  await startScreenReader(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await readUntil(page, /^end of region, Key points$/);
  expect(await spoken(page)).toEqual([
    'document',
    'link, Skip to main content',
    'main',
    'article',
    'heading, Missing from Care, level 1',
    'region, What to do now',
    'heading, What to do now, level 2',
    'list',
    'listitem, level 1, position 1, set size 2',
    'Ring Emergency services on',
    'link, 999',
    'end of listitem, level 1, position 1, set size 2',
    'listitem, level 1, position 2, set size 2',
    'Ring Fostering On Call (out of hours) on',
    `link, ${onCall}`,
    'end of listitem, level 1, position 2, set size 2',
    'end of list',
    'list',
    'listitem, level 1, position 1, set size 3',
    'If there is an immediate serious risk, contact the police first.',
    // After a step that tells carers to contact someone, the way to reach them (ContactWays).
    ...policeWay,
    'end of listitem, level 1, position 1, set size 3',
    'listitem, level 1, position 2, set size 3',
    'Otherwise contact your supervising social worker or fostering manager, or Fostering On Call outside office hours.',
    ...serviceWays,
    'end of listitem, level 1, position 2, set size 3',
    'listitem, level 1, position 3, set size 3',
    'Make initial checks to find the child. You are not expected to put yourself at risk.',
    'end of listitem, level 1, position 3, set size 3',
    'end of list',
    'end of region, What to do now',
    'paragraph',
    'What to do if a child in your care goes missing or you think they may run away, who to call, and what happens when they come back.',
    'end of paragraph',
    'region, Key points',
    'heading, Key points, level 2',
    'list',
    ...(
      [
        [
          'If a child is missing, contact your supervising social worker or fostering manager, or fostering on call outside office hours.',
          serviceWays,
        ],
        ['If there is an immediate serious risk, contact the police first.', policeWay],
        ['Do not physically restrain a child from leaving.', []],
        ['Do not classify the child as missing yourself: the police will determine this.', []],
        ['You are not expected to put yourself at risk to undertake initial checks.', []],
        ['A Coventry City Council professional interviews the child within 72 hours of their return.', []],
      ] as [string, string[]][]
    ).flatMap(([point, ways], i) => [
      `listitem, level 1, position ${i + 1}, set size 6`,
      point,
      ...ways,
      `end of listitem, level 1, position ${i + 1}, set size 6`,
    ]),
    'end of list',
    'end of region, Key points',
  ]);
});

test('the reading controls: each change is announced once, with the state it leaves', async ({ page }) => {
  await page.goto('/handbook/missing-from-care/');
  // This journey starts from Standard, as a first visit does.
  await page.evaluate(() => localStorage.clear());
  await page.addInitScript(() => localStorage.clear());
  await page.reload();
  await startScreenReader(page);
  await page.getByRole('button', { name: 'Text size and contrast' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await wait(page, 300);
  expect(await spoken(page)).toEqual([
    'document',
    'button, Text size and contrast, 1 control, not expanded',
    'radio, Standard, checked, position 1, set size 3',
    'radio, Large, not checked, position 2, set size 3',
    'polite: Text size: Large. High visibility off.',
    'radio, Largest, not checked, position 3, set size 3',
    'polite: Text size: Largest. High visibility off.',
    'checkbox, High visibility, not checked',
    'polite: Text size: Largest. High visibility on.',
  ]);
});

test('a One Minute Guide: by headings to what to do, and "Important:" read with its instruction', async ({ page }) => {
  await page.goto('/guides/significant-events/');
  await startScreenReader(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await readUntil(page, /What do I need to do\?/, { command: 'moveToNextHeadingLevel2' });
  await next(page, 2);
  expect(await spoken(page)).toEqual([
    'document',
    'link, Skip to main content',
    'main',
    'heading, What to do now, level 2',
    'heading, What is it?, level 2',
    'heading, Why does it matter?, level 2',
    'heading, What do I need to do?, level 2',
    'paragraph',
    'Important: Make sure the child is safe first. Then tell your Supervising Social Worker, even if you are not sure it counts as a significant event. There should be no delay.',
  ]);
});

test('the saved-copy control: what it offers, then saving, each step said once', async ({ page }) => {
  await page.goto('/');
  await startScreenReader(page);
  await readUntil(page, /^heading, Use the handbook without a connection/, { command: 'moveToNextHeadingLevel2' });
  await clearSpoken(page);
  await readUntil(page, /^button, Save the handbook/);
  await page.getByRole('button', { name: 'Save the handbook on this device' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText(/^Saved on this device/)).toBeVisible({ timeout: 30_000 });
  await wait(page, 300);
  // Progress is said every two seconds, so how often depends on the machine: each is said once (no two
  // alike), and the transcript shows them as one line.
  const raw = await spoken(page);
  const progress = raw.filter((phrase) => phrase.startsWith('polite: Saving: '));
  expect(new Set(progress).size, `progress said once each: ${progress.join(' | ')}`).toBe(progress.length);
  const said = raw
    .filter((phrase, i) => !(phrase.startsWith('polite: Saving: ') && raw[i - 1]?.startsWith('polite: Saving: ')))
    .map((phrase) =>
      phrase
        .replace(/\d+ of \d+ pages, [\d.]+ [KM]B/, 'N of N pages, N MB')
        .replace(/edition of [^,]+, \d+ pages, [\d.]+ [KM]B/, 'edition of DATE, N pages, N MB'),
    );
  expect(said).toEqual([
    'paragraph',
    `Save the whole handbook on this phone, tablet or computer: every page, the contacts and the search. Then you can read it with no signal, in a car, at a hospital or abroad. It takes less than ${Math.round(savedCopyBudget / 1e6)} MB.`,
    'end of paragraph',
    'paragraph',
    'When you are online, pages still come from the website, so you see the latest guidance. When a newer edition is published, you can choose to update your saved copy.',
    'end of paragraph',
    'button, Save the handbook on this device',
    'polite: Saving the handbook on this device.',
    'polite: Saving: N of N pages, N MB',
    // The Save button goes once saving starts: focus moves to the control's heading.
    'heading, Use the handbook without a connection, level 2',
    'polite: Saved on this device: the edition of DATE, N pages, N MB. Your browser may remove it if the device runs short of space.',
  ]);
});
