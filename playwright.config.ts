import { defineConfig, devices } from '@playwright/test';
import { headlessChromiumPath } from './scripts/lib/builtSite.ts';

/**
 * Browser tests run against the built site served by nginx with the production headers (`npm run serve`,
 * scripts/serve.ts), so every test also proves the Content-Security-Policy lets the site work. They run
 * in Debian's headless shell of Chromium (scripts/lib/builtSite.ts): browsers cannot be downloaded here.
 * CHROMIUM_PATH points at another Chromium; TEST_PORT moves the server (default 4400, away from
 * `npm start`'s 4321, so both can run at once).
 */
const port = Number(process.env.TEST_PORT ?? 4400);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/browser',
  // Playwright empties its output folder when it starts: not test-results/logs, where npm test writes.
  outputDir: 'test-results/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: headlessChromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/serve.ts',
    env: { PORT: String(port), HOST: '127.0.0.1' },
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    // scripts/serve.ts stops nginx and removes its temporary folder on SIGTERM.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
