// `npm run test:postgres`: the whole Vitest suite and the whole Playwright suite on PostgreSQL.
// Starts a throw-away cluster (scripts/pg-cluster.mjs), points DATABASE_URL at it (each test file
// and the e2e server make a database of their own there), runs both suites, stops the cluster.
//
//   npm run test:postgres                 both suites
//   npm run test:postgres -- --unit       Vitest only
//   npm run test:postgres -- --e2e        Playwright only
// Reports go to reports/unit-pg.json and reports/e2e-pg.json. E2E_SKIP_BUILD=1 reuses a build.
import { spawnSync } from 'node:child_process';
import { startCluster } from './pg-cluster.mjs';

const args = process.argv.slice(2);
const unit = !args.includes('--e2e');
const e2e = !args.includes('--unit');
const passThrough = args.filter((a) => a !== '--unit' && a !== '--e2e');

const cluster = await startCluster();
console.log(`PostgreSQL test cluster on port ${cluster.port}`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    cluster.stop();
    process.exit(130);
  });

const env = { ...process.env, DATABASE_URL: cluster.url };
let status = 0;
try {
  if (unit) {
    const run = spawnSync('npx', ['vitest', 'run', ...passThrough], {
      stdio: 'inherit',
      env: { ...env, UNIT_REPORT: 'reports/unit-pg.json' },
    });
    status ||= run.status ?? 1;
  }
  if (e2e) {
    const run = spawnSync('npx', ['playwright', 'test', ...passThrough], {
      stdio: 'inherit',
      env: { ...env, E2E_REPORT: 'reports/e2e-pg.json' },
    });
    status ||= run.status ?? 1;
  }
} finally {
  cluster.stop();
}
process.exit(status);
