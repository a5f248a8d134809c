import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // One retry in CI so a rare timing hiccup on a loaded machine is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'app', testIgnore: /reset-demo\.spec\.ts/ },
    // Rebuilds the shared demo: only once every spec that reads it has finished.
    { name: 'reset-demo', testMatch: /reset-demo\.spec\.ts/, dependencies: ['app'] },
  ],
  webServer: {
    // Builds and serves the real app on a fresh database of its own (scripts/e2e-server.mjs).
    command: 'node scripts/e2e-server.mjs',
    url: `${BASE_URL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { E2E_PORT: String(PORT) },
  },
});
