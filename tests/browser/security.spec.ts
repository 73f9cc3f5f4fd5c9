/**
 * The production headers as nginx serves them, and what the Content-Security-Policy is for: code that
 * gets into a page without being built into it does not run. (Every page in every reading mode is also
 * checked for violations of the policy in pages.spec.ts.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, securityHeaders } from '../../scripts/lib/securityHeaders.ts';
import { declaredInlineCode } from '../../src/components/inlineCode.ts';
import { recordCspViolations } from './security.ts';
import { dist } from '../../scripts/lib/builtSite.ts';

test('every response carries the headers defined in scripts/lib/securityHeaders.ts: pages, assets, the search index, the 404 page', async ({
  request,
}) => {
  const security = securityHeaders(declaredInlineCode);
  const first = (folder: string) => `/${folder}/${readdirSync(join(dist, folder)).sort()[0]}`;
  const paths = [
    '/',
    '/handbook/recording/',
    first('_astro'),
    first('pagefind/index'),
    first('pagefind/fragment'),
    ...readdirSync(join(dist, 'pagefind'))
      .filter((name) => name.endsWith('.pf_meta'))
      .map((name) => `/pagefind/${name}`),
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const served = response.headers();
    for (const [name, value] of Object.entries(headersFor(path, security)))
      expect(served[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  }
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect(missing.headers()['content-security-policy']).toBe(security['Content-Security-Policy']);
  expect((await request.get('/_headers')).status(), 'host files are not served').toBe(404);
});

const injection =
  '<script>window.injectedScript = true</script><img src="/no-such-image.png" alt="" onerror="window.injectedHandler = true">';

/** Loads /contents/ with an inline script and an event-handler attribute added to its HTML, as stored XSS would. */
async function loadInjected(page: Page, { withPolicy }: { withPolicy: boolean }) {
  await page.route('**/contents/', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (!withPolicy) delete headers['content-security-policy'];
    await route.fulfill({ response, headers, body: (await response.text()).replace('</main>', `${injection}</main>`) });
  });
  await page.goto('/contents/');
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.addedScript = true';
    document.body.append(script);
  });
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { injectedScript: !!w.injectedScript, injectedHandler: !!w.injectedHandler, addedScript: !!w.addedScript };
  });
}

test('an inline script and an onerror attribute injected into a page are blocked, and reported', async ({ page }) => {
  const violations = await recordCspViolations(page);
  expect(await loadInjected(page, { withPolicy: true })).toEqual({ injectedScript: false, injectedHandler: false, addedScript: false });
  await expect
    .poll(() => violations.filter((v) => v.includes('refused inline')).join('\n'))
    .toMatch(/script-src-elem[\s\S]*script-src-attr|script-src-attr[\s\S]*script-src-elem/);
  // The page's own code still runs under the same policy: its inline head script shows the reading
  // controls' button, and its script file opens the panel.
  await page.getByRole('button', { name: 'Text size and contrast' }).click();
  await expect(page.getByRole('region', { name: 'Text size and contrast' })).toBeVisible();
});

test('without the policy the same injection runs (so the test above can fail)', async ({ page }) => {
  expect(await loadInjected(page, { withPolicy: false })).toEqual({ injectedScript: true, injectedHandler: true, addedScript: true });
});
