import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect, test } from './support/test';
import { ApiClient } from './support/api';
import { PASSWORD, uniqueEmail } from './support/accounts';

/**
 * SIGTERM, as a deploy or `docker stop` sends it, while an import is being written: the server
 * stops taking requests, finishes the one in flight, answers it, and exits; the database holds
 * the whole import, and nothing else is half-written.
 */
const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT = PORT_A + 60;
const BASE = `http://127.0.0.1:${PORT}`;
const STEPS = 20_000;

function suiteDatabase(): string {
  const file = path.join('data', `e2e-${PORT_A}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { databaseUrl: string }).databaseUrl;
}

/** One system of 200 processes × 100 steps, in the import format (docs/import-format.md). */
function bigImport(): string {
  const processes = Array.from({ length: 200 }, (_, p) => ({
    name: `Process ${p + 1}`,
    frequency: { period: 'week', count: 1 },
    steps: Array.from({ length: STEPS / 200 }, (_, s) => ({ title: `Step ${s + 1}`, minutes: 5 })),
  }));
  return JSON.stringify({ format: 'opslens', version: 1, systems: [{ name: 'Bulk', processes }] });
}

async function countSteps(databaseUrl: string, teamId: string): Promise<number> {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        'select count(*)::int as n from steps where team_id = $1',
        [teamId],
      );
      return (rows[0] as { n: number }).n;
    } finally {
      await client.end();
    }
  }
  const db = new Database(databaseUrl, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (
      db.prepare('select count(*) as n from steps where team_id = ?').get(teamId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

test('SIGTERM finishes the request in flight, then the server exits', async () => {
  test.setTimeout(120_000);
  const suite = suiteDatabase();
  // On SQLite a file of its own (one server per file); on PostgreSQL the suite's database.
  const databaseUrl = /^postgres(ql)?:\/\//.test(suite)
    ? suite
    : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-shutdown-')), 'opslens.db');
  let output = '';
  const server: ChildProcess = spawn(
    'node',
    ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: BASE,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production',
        NEXT_TELEMETRY_DISABLED: '1',
        OPSLENS_DEMO: 'off',
      },
    },
  );
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    server.once('exit', (code) => resolve(code)),
  );
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error(`the server exited:\n${output.slice(-2000)}`);
      if (i > 120) throw new Error(`${BASE} did not come up:\n${output.slice(-2000)}`);
      const up = await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const email = uniqueEmail('shutdown');
    const api = new ApiClient(BASE);
    await api.must('mutate', 'auth.signUp', { name: 'Sid Shutdown', email, password: PASSWORD });
    expect(await api.signIn(email, PASSWORD)).toBe(true);
    const team = await api.must<{ id: string }>('mutate', 'team.create', { name: 'Shutdown Co' });

    let answeredAt = 0;
    const importing = api
      .mutate<{ ok: boolean; counts?: { steps: number } }>('transfer.import', {
        teamId: team.id,
        text: bigImport(),
      })
      .finally(() => (answeredAt = Date.now()));
    // Mid-write: the import takes well over a second on this machine.
    await new Promise((r) => setTimeout(r, 400));
    const signalledAt = Date.now();
    process.kill(-server.pid!, 'SIGTERM');

    const answer = await importing;
    // It really was in flight when the signal came.
    expect(answeredAt).toBeGreaterThan(signalledAt);
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    expect(answer.ok && answer.data).toMatchObject({ ok: true, counts: { steps: STEPS } });
    // Then it exits by itself (143: ended by SIGTERM, after its clean-up), soon.
    const code = await Promise.race([
      exited,
      new Promise((r) => setTimeout(() => r('hung'), 30_000)),
    ]);
    expect([0, 143]).toContain(code);
    // New requests are no longer taken.
    expect(
      await fetch(`${BASE}/api/health`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
    expect(await countSteps(databaseUrl, team.id)).toBe(STEPS);
  } finally {
    if (server.exitCode === null) process.kill(-server.pid!, 'SIGKILL');
  }
});
