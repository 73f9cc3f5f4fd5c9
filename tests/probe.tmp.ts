// usage: node probe.ts "query" ... (site served on :4500)
import { chromium } from '@playwright/test';
import { headlessChromiumPath } from '/work/main/scripts/lib/builtSite.ts';
const browser = await chromium.launch({ executablePath: headlessChromiumPath, args: ['--no-sandbox'] });
const page = await browser.newPage({ baseURL: 'http://127.0.0.1:4500' });
await page.goto('/search/');
for (const q of process.argv.slice(2)) {
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill(q);
  await page
    .locator('[data-search-summary]')
    .filter({ hasText: `“${q}”` })
    .waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  const summary = (await page.locator('[data-search-summary]').innerText()).replace(/\s+/g, ' ');
  const titles = await page.locator('[data-search-results] > li h3 a').evaluateAll((as) => as.map((a) => a.textContent!.trim()));
  console.log(`${q} :: ${summary.slice(0, 160)}\n    ${titles.length}: ${titles.slice(0, 5).join(' | ')}`);
}
await browser.close();
