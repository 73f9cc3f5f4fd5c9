/**
 * The search page and the header search box on the built site: synonyms, filters, the URL state, the
 * no-results path, the live region, accessibility (axe) in every state, keyboard use, the page without
 * JavaScript, the A to Z index, and that pages which do not search load nothing for search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { indexedText, mainText, resultUrls, results, searchBox, searchFor, searchTest, showAllResults, status } from './searchPage.ts';
import { axeViolations } from './readingModes.ts';
import { readEdition, sitemapPaths } from '../../scripts/lib/builtSite.ts';

/** axe (WCAG 2.2 AA) run in the page as it stands, as every other browser test runs it (readingModes.ts). */
async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test.describe('synonyms: a query with only a carer’s word finds the page that uses the handbook’s word', () => {
  const cases = parse(readFileSync(join(process.cwd(), 'tests/search/synonyms.yaml'), 'utf8')) as { query: string; page: string }[];
  for (const { query, page: expected } of cases) {
    searchTest(`“${query}” finds ${expected}, which never says it`, async ({ searchPage: page }) => {
      const words = new RegExp(`\\b${query}\\b`, 'i');
      expect(words.test(await mainText(page, expected)), `${expected} does not show “${query}”`).toBe(false);
      await searchFor(page, query);
      expect(await resultUrls(page, 3)).toContain(expected);
    });
  }

  // The glossary's expansion can come from what a component renders (a contact's "meanwhile" sentence),
  // so aliases are chosen from the rendered words (src/lib/search/renderedText.ts).
  test('every glossary acronym finds the pages that only spell it out', async ({ page }) => {
    test.setTimeout(180_000);
    const glossary = parse(readFileSync(join(process.cwd(), 'content/glossary.yaml'), 'utf8')) as { term: string; expansion?: string }[];
    const texts = new Map<string, string>();
    for (const path of sitemapPaths().filter((p) => /^\/(handbook|guides|documents)\//.test(p)))
      texts.set(path, await indexedText(page, path));
    let checked = 0;
    for (const { term: acronym, expansion } of glossary.filter((g) => g.expansion && /^[A-Z]{2,}$/.test(g.term))) {
      const spelledOut = [...texts]
        .filter(([, text]) => text.toLowerCase().includes(expansion!.toLowerCase()) && !new RegExp(`\\b${acronym}\\b`).test(text))
        .map(([path]) => path);
      if (spelledOut.length === 0) continue;
      checked++;
      if (new URL(page.url()).pathname !== '/search/') await page.goto('/search/');
      await searchFor(page, acronym);
      await showAllResults(page);
      const found = await resultUrls(page);
      for (const path of spelledOut) expect(found, `${acronym} finds ${path} (which says “${expansion}”)`).toContain(path);
    }
    expect(checked, 'acronyms checked').toBeGreaterThanOrEqual(5);
  });

  test('synonyms are never shown to readers or read out', async ({ page }) => {
    await page.goto('/guides/back-up-carers-and-short-stays/');
    await expect(page.locator('main')).not.toContainText('respite');
    const hidden = page.locator('main .search-index-data');
    await expect(hidden).toBeHidden();
    await expect(hidden).toHaveText('');
  });
});

test.describe('filters', () => {
  test('content type: only One Minute Guides, and the URL says so', async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, 'allegations');
    await showAllResults(page);
    const unfiltered = await results(page).count();
    await page.getByText('Filters: content type, part, standard').click();
    await page.getByRole('checkbox', { name: 'One Minute Guide' }).check();
    await expect(status(page)).toContainText('with the filters chosen');
    await expect(page).toHaveURL(/[?&]type=guide\b/);
    await showAllResults(page);
    const metas = await results(page).locator('.search-result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.length).toBeLessThan(unfiltered);
    for (const meta of metas) expect(meta).toBe('One Minute Guide');
  });

  test('part: only pages in that part of the handbook', async ({ page }) => {
    await page.goto('/search/?q=child');
    await page.getByText('Filters: content type, part, standard').click();
    await page.getByLabel('Part of the handbook').selectOption({ label: 'Keeping children safe' });
    await expect(page).toHaveURL(/[?&]part=safeguarding\b/);
    await expect(status(page)).toContainText('with the filters chosen');
    await showAllResults(page);
    const metas = await results(page).locator('.search-result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(3);
    for (const meta of metas) expect(meta).toBe('Handbook section · Keeping children safe');
  });

  test('standard: every page that cites NMS 21 is one filter, with no words needed', async ({ page }) => {
    const citing = await page.request.get('/standards/nms-21/').then((r) => r.text());
    const expected = [...citing.matchAll(/<a href="(\/(?:handbook|guides|documents)\/[^"]+)"/g)].map((m) => m[1]);
    const citingPages = [...new Set(expected)].filter((url) => !/\/standards\//.test(url));
    expect(citingPages.length).toBeGreaterThan(1);
    await page.goto('/search/?standard=nms-21');
    await expect(status(page)).toContainText('with the filters chosen');
    await expect(page.getByLabel('Standard or regulation cited')).toHaveValue('nms-21');
    await showAllResults(page);
    const shown = await resultUrls(page);
    expect(shown.sort()).toEqual(citingPages.sort());
  });

  test('clear filters puts every result back', async ({ page }) => {
    await page.goto('/search/?q=allegations&type=guide');
    await expect(status(page)).toContainText('with the filters chosen');
    await showAllResults(page);
    const filtered = await results(page).count();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status(page)).not.toContainText('with the filters chosen');
    await expect(page).toHaveURL(/\/search\/\?q=allegations$/);
    // The status can change a moment before the unfiltered list and its "Show more" button are drawn.
    await expect(async () => {
      await showAllResults(page);
      expect(await results(page).count()).toBeGreaterThan(filtered);
    }).toPass({ timeout: 10_000 });
  });
});

test.describe('the URL keeps the search', () => {
  test('a shared link opens with its query and filters filled in and searched', async ({ page }) => {
    await page.goto('/search/?q=pocket+money&type=guide&type=handbook');
    await expect(searchBox(page)).toHaveValue('pocket money');
    await expect(page.getByRole('checkbox', { name: 'One Minute Guide' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Handbook section' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Statement of Purpose' })).not.toBeChecked();
    await expect(status(page)).toContainText('for “pocket money” with the filters chosen');
    expect(await resultUrls(page, 3)).toContain('/guides/money/');
  });

  test('typing updates the URL; reload, back and forward restore the search', async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, 'sleepover');
    await expect(page).toHaveURL(/\/search\/\?q=sleepover$/);
    await page.reload();
    await expect(searchBox(page)).toHaveValue('sleepover');
    await expect(status(page)).toContainText('for “sleepover”');

    await page.getByText('Filters: content type, part, standard').click();
    await page.getByRole('checkbox', { name: 'Handbook section' }).check();
    await expect(page).toHaveURL(/\?q=sleepover&type=handbook$/);
    await expect(status(page)).toContainText('with the filters chosen');

    await page.goBack();
    await expect(page).toHaveURL(/\?q=sleepover$/);
    await expect(page.getByRole('checkbox', { name: 'Handbook section' })).not.toBeChecked();
    await expect(status(page)).not.toContainText('with the filters chosen');
    await expect(status(page)).toContainText('for “sleepover”');

    await page.goForward();
    await expect(page.getByRole('checkbox', { name: 'Handbook section' })).toBeChecked();
    await expect(status(page)).toContainText('with the filters chosen');
  });

  test('the header search box is a plain form that lands on the search page', async ({ page }) => {
    await page.goto('/handbook/allegations/');
    const header = page.getByRole('banner');
    const box = header.getByRole('searchbox', { name: 'Search the handbook' });
    await expect(header.locator('form[role="search"]')).toHaveAttribute('action', '/search/');
    await expect(header.locator('form[role="search"]')).toHaveAttribute('method', 'get');
    await box.fill('out of hours');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=out\+of\+hours$/);
    await expect(searchBox(page)).toHaveValue('out of hours');
    await expect(status(page)).toContainText('for “out of hours”');
    expect(await resultUrls(page, 1)).toEqual(['/guides/out-of-hours-help/']);
  });
});

test.describe('results and announcements', () => {
  test('results show title, content type, part, a highlighted excerpt and matching sections', async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, 'allegation');
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveText(/Allegations/);
    await expect(
      results(page).locator('.search-result__meta', { hasText: 'Handbook section · Keeping children safe' }).first(),
    ).toBeVisible();
    await expect(first.locator('.search-result__excerpt mark').first()).toBeVisible();
    const sections = results(page).getByRole('list', { name: /^Sections of “.+” that match$/ });
    expect(await sections.count()).toBeGreaterThan(0);
    await expect(sections.first().getByRole('link').first()).toHaveAttribute('href', /#[\w-]+$/);
  });

  test('no results: announced politely, with suggestions', async ({ page }) => {
    await page.goto('/search/');
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await searchFor(page, 'xylophonequartz');
    await expect(status(page)).toHaveText('No results for “xylophonequartz”. Try other words, or use the A to Z index.');
    await expect(results(page)).toHaveCount(0);
    const suggestions = page.getByRole('heading', { name: 'Suggestions' });
    await expect(suggestions).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'A to Z index' })).toHaveAttribute('href', '/a-z/');
    await searchFor(page, 'foster');
    await expect(suggestions).toBeHidden();
  });

  test('the count is announced once typing settles, not on every keystroke', async ({ page }) => {
    await page.goto('/search/');
    await page.evaluate(() => {
      const region = document.querySelector('main [role="status"]')!;
      (window as unknown as { announced: string[] }).announced = [];
      new MutationObserver(() => (window as unknown as { announced: string[] }).announced.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await searchBox(page).pressSequentially('pocket money', { delay: 60 });
    await expect(status(page)).toContainText('for “pocket money”');
    await page.waitForTimeout(1200);
    const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced.filter((text) => text.trim() !== '')).toEqual([announced.at(-1)]);
    expect(announced.at(-1)).toContain('for “pocket money”');
  });
});

test.describe('accessibility: axe finds no WCAG 2.2 AA violations', () => {
  test('empty', async ({ page }) => {
    await page.goto('/search/');
    await expect(searchBox(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
  test('with results', async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, 'family time');
    await expect(results(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
  test('with no results', async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, 'xylophonequartz');
    await expectNoAxeViolations(page);
  });
  test('with a filter applied', async ({ page }) => {
    await page.goto('/search/?q=allegations&type=guide&part=safeguarding&standard=nms-22');
    await expect(status(page)).toContainText('with the filters chosen');
    await expectNoAxeViolations(page);
  });
  test('the A to Z index', async ({ page }) => {
    await page.goto('/a-z/');
    await expectNoAxeViolations(page);
  });
});

test('keyboard only: search from the header, then open a result', async ({ page }) => {
  await page.goto('/handbook/welcome/');
  const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  for (let i = 0; i < 20 && !(await focusedIs('#site-search-query')); i++) await page.keyboard.press('Tab');
  expect(await focusedIs('#site-search-query')).toBe(true);
  await page.keyboard.type('who do I ring out of hours');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=who\+do\+I\+ring\+out\+of\+hours$/);
  await expect(status(page)).toContainText('for “who do I ring out of hours”');
  const firstResult = await resultUrls(page, 1);
  for (let i = 0; i < 40 && !(await focusedIs('[data-search-results] h3 a')); i++) await page.keyboard.press('Tab');
  expect(await focusedIs('[data-search-results] h3 a')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${firstResult[0]}(\\?|#|$)`));
  await expect(page.locator('h1')).toHaveText('Out of hours help');
});

test('keyboard: the down arrow moves from the search box to the first result', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'sleepover');
  await searchBox(page).press('ArrowDown');
  await expect(results(page).first().locator('h3 a')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the A to Z index', async ({ page }) => {
    await page.goto('/search/?q=respite');
    await expect(page.getByRole('main')).toContainText('Search needs JavaScript');
    await page.getByRole('main').getByRole('link', { name: 'A to Z index' }).click();
    await expect(page).toHaveURL(/\/a-z\/$/);
    await expect(page.locator('h1')).toHaveText('A to Z index');
  });
});

test('the A to Z index lists every page and every glossary term', async ({ page }) => {
  const glossary = parse(readFileSync(join(process.cwd(), 'content/glossary.yaml'), 'utf8')) as { id: string; term: string }[];
  await page.goto('/a-z/');
  const hrefs = await page
    .getByRole('main')
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const pages = new Set(hrefs.filter((h) => /^\/(handbook|guides|documents)\//.test(h ?? '')));
  expect(pages.size).toBe(sitemapPaths().filter((p) => /^\/(handbook|guides|documents)\/[^/]+\/$/.test(p)).length);
  for (const term of glossary) expect(hrefs, term.term).toContain(`/glossary/#${term.id}`);
  const letter = page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'S', exact: true });
  const target = (await letter.getAttribute('href'))!;
  expect(target).toMatch(/^#/);
  await letter.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('pages that do not search load no search code or index', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/handbook/allegations/');
  await page.getByRole('banner').getByRole('searchbox').focus();
  await page.waitForLoadState('networkidle');
  // The reading controls' script is on every page by design (issue 4); nothing else may load.
  const scripts = requested.filter((path) => path.endsWith('.js') || path.endsWith('.wasm') || path.includes('pagefind'));
  expect(scripts.filter((path) => !/\/_astro\/ReadingControls[^/]*\.js$/.test(path))).toEqual([]);
});

test('search asks for this edition’s index by name, so the browser’s cache and a saved copy can answer', async ({ page }) => {
  const edition = readEdition();
  const entry = page.waitForRequest((request) => new URL(request.url()).pathname === '/pagefind/pagefind-entry.json');
  await page.goto('/search/');
  await searchFor(page, 'pocket money');
  expect(new URL((await entry).url()).searchParams.get('ts')).toBe(edition.id);
});
