import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The browser for the e2e suite: CHROMIUM_PATH if set, else a system Chromium (Debian's
 * `chromium` package), else Playwright's own download. `undefined` means "Playwright's own".
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p));
  if (system) return system;
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; handled below.
  }
  if (own && fs.existsSync(own)) return undefined;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      'or set CHROMIUM_PATH=/path/to/chrome.',
  );
}

// Flags for a headless run as root on a machine with no outside network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
