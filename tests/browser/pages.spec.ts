import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site.ts';
import { vagueLinkText } from '../../src/lib/content/rules/links.ts';
import { axeViolations, focusProblems, horizontalOverflow, setReadingMode, textSpacingProblems } from './readingModes.ts';

const paths = sitemapPaths();

test('the sitemap lists the pages of the site', () => {
  for (const path of ['/', '/contents/', '/guides/', '/documents/', '/standards/', '/standards/nms-4/', '/accessibility/']) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('/handbook/')).length).toBeGreaterThanOrEqual(6);
});

/*
 * One test per URL loads the page twice (without and with JavaScript) and runs every per-page check on
 * that one load, switching reading modes in place: ~190 pages × 4 modes would otherwise be ~760 page loads.
 */
test.describe('every sitemap URL', () => {
  for (const path of paths) {
    test(`${path} reads without JavaScript, is well structured, and passes axe (WCAG 2.2 AA) in every reading mode, at 320px and with text spacing`, async ({ page }) => {
      // The printable handbook is every page at once: axe and the layout checks take several times as long.
      if (path === '/print/') test.slow();
      await test.step('without JavaScript: readable, and the reading controls are not offered', async () => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('main h1')).toBeVisible();
        expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(50);
        await expect(page.getByRole('region', { name: 'Text size and contrast' })).toBeHidden();
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
        await cdp.detach();
      });

      const response = await page.goto(path);
      expect(response?.status()).toBe(200);

      await test.step('structure: one h1, no skipped heading levels, labelled landmarks, current page marked, descriptive links', async () => {
        expect((await page.title()).trim().length).toBeGreaterThan(0);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
        for (const landmark of ['header', 'nav[aria-label="Main"]', 'main', 'footer']) {
          await expect(page.locator(landmark).first()).toBeVisible();
        }
        // The reading controls open from the header's button; open, they are checked with the rest.
        await page.getByRole('banner').getByRole('button', { name: 'Text size and contrast' }).click();
        await expect(page.getByRole('region', { name: 'Text size and contrast' })).toBeVisible();
        const structure = await page.evaluate((vagueLinkText) => {
          const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
          const skipped = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} then h${level}`] : []));
          // Only what assistive technology meets: a navigation shown at another width is display: none.
          const navNames = [...document.querySelectorAll('nav')].filter((nav) => nav.checkVisibility()).map(
            (nav) =>
              nav.getAttribute('aria-label') ??
              document.getElementById(nav.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ??
              '(unlabelled)',
          );
          const notCurrent = [...document.querySelectorAll<HTMLAnchorElement>('header nav a, footer nav a, .site-header__name')]
            .filter((a) => a.pathname === location.pathname && a.getAttribute('aria-current') !== 'page')
            .map((a) => a.textContent?.trim());
          const vague = [...document.querySelectorAll('a')]
            .map((a) => a.textContent?.trim().toLowerCase().replace(/[.!:]+$/, '') ?? '')
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
      for (const mode of ['largest', 'high', 'largest-high'] as const) {
        await test.step(`reflow (1.4.10): no sideways scrolling at 320px in ${mode} mode`, async () => {
          await setReadingMode(page, mode);
          expect(await horizontalOverflow(page)).toEqual({ overflow: 0, widest: [] });
        });
      }
      await test.step('text spacing at 320px in Largest', async () => {
        await setReadingMode(page, 'largest');
        expect(await textSpacingProblems(page)).toEqual([]);
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
