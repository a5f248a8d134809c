import { test as base, expect } from '@playwright/test';

export { expect };
export type { Browser, Locator, Page } from '@playwright/test';

/**
 * Responses the tests provoke on purpose (a 404 page, a refused edit, a locked sign-in) make the
 * browser log "Failed to load resource"; that is the network, not the app. Anything else the
 * page logs as an error — a hydration mismatch, an uncaught exception, a React warning — fails
 * the test that produced it.
 */
const EXPECTED = [/^Failed to load resource: the server responded with a status of \d+/];

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!EXPECTED.some((re) => re.test(text))) errors.push(`console: ${text}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      if (testInfo.status === testInfo.expectedStatus) {
        expect(errors, 'the page logged errors').toEqual([]);
      }
    },
    { auto: true },
  ],
});
