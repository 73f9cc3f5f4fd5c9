/** What the browser tests need to see the Content-Security-Policy at work in Chromium. */
import type { Page } from '@playwright/test';

/**
 * Collects, for the life of the page (across navigations), one line per `securitypolicyviolation`
 * event and per refusal Chromium logs to the console. The event listener is added before any of the
 * page's own code runs and reports through a binding, neither of which the policy can block.
 */
export async function recordCspViolations(page: Page, violations: string[] = []): Promise<string[]> {
  await page.exposeBinding('reportCspViolation', ({ frame }, line: string) => {
    violations.push(`${new URL(frame.url()).pathname}: ${line}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${event.sample ? ` (${event.sample})` : ''}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}
