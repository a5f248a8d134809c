// Serves the app for the end-to-end suite: a production build on a fresh database, a file in
// data/ or, when DATABASE_URL names a PostgreSQL server (npm run test:postgres), a new database
// there.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const port = process.env.E2E_PORT ?? '3100';

/** A fresh database for this run: its URL. */
async function freshDatabase() {
  const admin = process.env.DATABASE_URL;
  if (admin && /^postgres(ql)?:\/\//i.test(admin)) {
    const name = `opslens_e2e_${port}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const file = path.join('data', `e2e-${port}.db`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  return file;
}
const databaseUrl = await freshDatabase();
// For specs that start a second server on the same database (e2e/multi-server.spec.ts).
fs.mkdirSync('data', { recursive: true });
fs.writeFileSync(path.join('data', `e2e-${port}.json`), JSON.stringify({ databaseUrl }));

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  // The suite tries the demo team; production builds leave it off unless asked.
  OPSLENS_DEMO: 'on',
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production',
  // A line per call would bury the test report; warnings (slow calls) and errors still show.
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};

// E2E_SKIP_BUILD=1 reuses an existing .next build (handy when re-running tests locally).
if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
