// `npm run bench`: bundles bench/run.ts with esbuild, so the code is measured as it runs in the
// production build (one bundle, no TypeScript loader in the way), then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const out = path.join('.bench', 'run.mjs');
await build({
  entryPoints: ['bench/run.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // `server-only` is an empty module under this condition, as in Next's server bundles.
  conditions: ['react-server'],
  alias: { '@': '.' },
  external: [
    'better-sqlite3',
    'pg',
    'lighthouse',
    'playwright-core',
    '@playwright/test',
    'next',
    'esbuild',
  ],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [out, ...process.argv.slice(2)], {
  stdio: 'inherit',
  // The in-process figures measure the report, not the rate limits that guard it.
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    OPSLENS_RATE_LIMITS: 'off',
  },
});
process.exit(run.status ?? 1);
