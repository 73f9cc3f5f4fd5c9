import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../../scripts/lib/builtSite.ts';
import { vagueLinkText } from '../../src/lib/content/rules/links.ts';
import {
  addAxeToEveryDocument,
  axeViolations,
  focusProblems,
  horizontalOverflowIn,
  setForcedColours,
  setReadingMode,
  textSpacingProblems,
} from './readingModes.ts';
import { recordCspViolations } from './security.ts';
import { pressHeaderButton, readerSees } from './readerSees.ts';
import {
  geometryProblems,
  phone,
  phoneGeometry,
  phoneWidths,
  splitWords,
  textBeforeStandards,
  titleBox,
  type PhoneGeometry,
} from './phone.ts';

const paths = sitemapPaths();
/** Handbook sections, One Minute Guides and documents: the pages a carer opens for an answer. */
const contentPage = /^\/(handbook|guides|documents)\/[^/]+\/$/;
/** The pages measured on 320 and 390 px phones in every reading mode: the content pages, home and search. */
const measuredOnPhones = (path: string) => contentPage.test(path) || path === '/' || path === '/search/';
/** Screenshots of a few pages in every mode and width, with every page's measurements, for people to look at. */
const screenshotPages = ['/', '/search/', '/guides/missing-from-care/', '/handbook/missing-from-care/', '/guides/out-of-hours-help/'];
const shots = 'test-results/screenshots/phone-modes';
const shotName = (path: string) => (path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-'));

test('the sitemap lists the pages of the site', () => {
  for (const path of ['/', '/contents/', '/guides/', '/documents/', '/standards/', '/standards/nms-4/', '/accessibility/']) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('/handbook/')).length).toBeGreaterThanOrEqual(6);
});

/**
 * Each worker opens two pages once and reuses them for every URL (a new browser context per URL costs
 * more than the checks): one with JavaScript, with axe added to every document it loads, and one
 * without. Both report Content-Security-Policy violations into one list, emptied for each URL.
 */
interface SharedPages {
  page: Page;
  withoutJs: Page;
  violations: string[];
}
const it = test.extend<{ shared: SharedPages }, { workerPages: SharedPages }>({
  workerPages: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const options = { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
      const withJs = await browser.newContext(options);
      const noJs = await browser.newContext({ ...options, javaScriptEnabled: false });
      const shared = { page: await withJs.newPage(), withoutJs: await noJs.newPage(), violations: [] as string[] };
      await addAxeToEveryDocument(shared.page);
      await recordCspViolations(shared.page, shared.violations);
      await recordCspViolations(shared.withoutJs, shared.violations);
      await use(shared);
      await withJs.close();
      await noJs.close();
    },
    { scope: 'worker' },
  ],
  shared: async ({ workerPages }, use, testInfo) => {
    workerPages.violations.length = 0;
    await workerPages.page.setViewportSize(testInfo.project.use.viewport ?? { width: 1280, height: 720 });
    await setForcedColours(workerPages.page, false);
    await use(workerPages);
  },
});

/*
 * One test per URL loads the page twice (without and with JavaScript) and runs every per-page check on
 * that one load, switching reading modes in place: ~190 pages × 4 modes would otherwise be ~760 page loads.
 * The site is served with its production headers, so the page also proves its Content-Security-Policy:
 * every `securitypolicyviolation` event (and every refusal Chromium logs, which it does with JavaScript
 * off too) is collected from the first load to the last reading mode, and there must be none.
 */
test.describe('every sitemap URL', () => {
  for (const path of paths) {
    it(`${path} reads without JavaScript, is well structured, passes axe (WCAG 2.2 AA) in every reading mode, at 320px and with text spacing, with no CSP violation`, async ({
      shared,
    }) => {
      // The printable handbook is every page at once: axe and the layout checks take several times as long.
      if (path === '/print/') test.slow();
      const { page, withoutJs, violations } = shared;

      // Both loads at once: each waits on its own renderer.
      const [withoutJsResponse, response] = await Promise.all([withoutJs.goto(path), page.goto(path)]);

      await test.step('without JavaScript: readable, and the reading controls are not offered', async () => {
        expect(withoutJsResponse?.status()).toBe(200);
        const sees = await readerSees(withoutJs, ['main h1'], 'Text size and contrast');
        expect(sees.visible, 'the title is shown').toEqual([true]);
        expect(sees.mainText).toBeGreaterThan(50);
        expect(sees.region, 'the reading controls are not shown').toBe(false);
      });

      expect(response?.status()).toBe(200);

      await test.step('structure: one h1, no skipped heading levels, labelled landmarks, current page marked, descriptive links', async () => {
        expect((await page.title()).trim().length).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
        const landmarks = ['header', 'nav[aria-label="Main"]', 'main', 'footer'];
        expect((await readerSees(page, landmarks, 'Text size and contrast')).visible, `${landmarks.join(', ')} shown`).toEqual(
          landmarks.map(() => true),
        );
        // The reading controls open from the header's button; open, they are checked with the rest.
        await pressHeaderButton(page, 'Text size and contrast');
        expect((await readerSees(page, [], 'Text size and contrast')).region, 'the reading controls are open').toBe(true);
        const structure = await page.evaluate((vagueLinkText) => {
          const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
          const skipped = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} then h${level}`] : []));
          // Only what assistive technology meets: a navigation shown at another width is display: none.
          const navNames = [...document.querySelectorAll('nav')]
            .filter((nav) => nav.checkVisibility())
            .map(
              (nav) =>
                nav.getAttribute('aria-label') ??
                document.getElementById(nav.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ??
                '(unlabelled)',
            );
          const notCurrent = [...document.querySelectorAll<HTMLAnchorElement>('header nav a, footer nav a, .site-header__name')]
            .filter((a) => a.pathname === location.pathname && a.getAttribute('aria-current') !== 'page')
            .map((a) => a.textContent?.trim());
          const vague = [...document.querySelectorAll('a')]
            .map(
              (a) =>
                a.textContent
                  ?.trim()
                  .toLowerCase()
                  .replace(/[.!:]+$/, '') ?? '',
            )
            .filter((text) => vagueLinkText.includes(text));
          return { h1s: levels.filter((l) => l === 1).length, first: levels[0], skipped, navNames, notCurrent, vague };
        }, vagueLinkText);
        expect(structure.h1s, 'one h1').toBe(1);
        expect(structure.skipped, 'no skipped heading levels').toEqual([]);
        expect(structure.navNames, 'every navigation is labelled').not.toContain('(unlabelled)');
        expect(new Set(structure.navNames).size, `navigation labels are distinct: ${structure.navNames.join(', ')}`).toBe(
          structure.navNames.length,
        );
        expect(structure.notCurrent, 'links to this page in navigation carry aria-current="page"').toEqual([]);
        expect(structure.vague, 'link text says where it goes').toEqual([]);
      });

      await test.step('keyboard: focus visible on every focusable element and never hidden', async () => {
        expect(await focusProblems(page)).toEqual([]);
      });

      for (const mode of ['standard', 'largest', 'high', 'forced-colours'] as const) {
        await test.step(`axe in ${mode} mode`, async () => {
          await setReadingMode(page, mode);
          expect(await axeViolations(page, { enhanced: mode === 'high' })).toEqual([]);
        });
      }

      await test.step('text spacing (1.4.12): nothing clipped or overlapping', async () => {
        await setReadingMode(page, 'standard');
        expect(await textSpacingProblems(page)).toEqual([]);
      });

      await page.setViewportSize({ width: 320, height: 640 });
      await test.step('reflow (1.4.10): no sideways scrolling at 320px in standard, largest, high and largest-high modes', async () => {
        await setForcedColours(page, false);
        const modes = ['standard', 'largest', 'high', 'largest-high'] as const;
        const overflow = await horizontalOverflowIn(page, modes);
        expect(Object.fromEntries(modes.map((mode, at) => [mode, overflow[at]]))).toEqual(
          Object.fromEntries(modes.map((mode) => [mode, { overflow: 0, widest: [] }])),
        );
      });
      await test.step('text spacing at 320px in Largest', async () => {
        await setReadingMode(page, 'largest');
        expect(await textSpacingProblems(page)).toEqual([]);
      });

      await test.step('a phone (390 x 844): the title on the first screen, the answer before the standards box, no word split at Largest', async () => {
        // The reading controls were opened to be checked with the rest; a reader arriving has them closed.
        await pressHeaderButton(page, 'Text size and contrast');
        expect((await readerSees(page, [], 'Text size and contrast')).region, 'the reading controls are closed').toBe(false);
        await page.setViewportSize(phone);
        await setReadingMode(page, 'standard');
        if (contentPage.test(path)) {
          expect((await titleBox(page)).top, 'the title starts in the top quarter at Standard size').toBeLessThanOrEqual(phone.height / 4);
          expect(await textBeforeStandards(page), 'the text comes before the standards box').toEqual({ inOrder: true, onScreen: true });
        }
        await setReadingMode(page, 'largest');
        if (contentPage.test(path))
          expect((await titleBox(page)).bottom, 'the whole title is on the first screen at Largest').toBeLessThanOrEqual(phone.height);
        if (path !== '/print/') expect(await splitWords(page), 'no word is split across two lines at Largest').toEqual([]);
      });

      if (measuredOnPhones(path)) {
        await test.step('on 320 and 390 px phones in every reading mode: a header of at most two rows and a quarter of the screen, the title and the urgent number on the first screen, nothing sideways, no control cut off; axe with AAA contrast at Largest + High visibility', async () => {
          // As a reader arrives: nothing focused, at the top of the page (the controls were closed above).
          await page.evaluate(() => {
            (document.activeElement as HTMLElement | null)?.blur();
            scrollTo(0, 0);
          });
          const problems: string[] = [];
          const measured: (PhoneGeometry & { width: number; mode: string })[] = [];
          for (const width of phoneWidths) {
            await page.setViewportSize({ width, height: phone.height });
            for (const mode of ['standard', 'largest', 'high', 'largest-high'] as const) {
              await setReadingMode(page, mode);
              const geometry = await phoneGeometry(page);
              measured.push({ width, mode, ...geometry });
              problems.push(...geometryProblems(`${path} at ${width} px, ${mode}`, width, mode, geometry));
              // The one mode the desktop checks above do not run axe in.
              if (width === 390 && mode === 'largest-high') {
                for (const violation of await axeViolations(page, { enhanced: true }))
                  problems.push(`${path} at ${width} px, ${mode}: axe: ${violation}`);
              }
              if (screenshotPages.includes(path)) await page.screenshot({ path: `${shots}/${shotName(path)}-${width}-${mode}.png` });
            }
          }
          mkdirSync(`${shots}/geometry`, { recursive: true });
          writeFileSync(`${shots}/geometry/${shotName(path)}.json`, JSON.stringify(measured, null, 1));
          expect(problems).toEqual([]);
        });
      }

      await test.step('Content-Security-Policy: nothing refused in any reading mode', async () => {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))); // lets queued reports arrive
        expect(violations).toEqual([]);
      });
    });
  }
});

test('an unknown address shows the useful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Find the page in the contents' })).toHaveAttribute('href', '/contents/');
});
