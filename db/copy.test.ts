import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesInCopyOrder } from '@/db/copy';
import { dialect } from '@/db/dialect';
import { seedDemoIfEmpty } from '@/server/demo/seed';
import { countRequest } from '@/server/queries/rate-limits';
import { recordSignInFailure } from '@/server/queries/sign-in-throttle';
import { createTestDatabase } from '@/test/db';
import { withDatabase } from '@/test/postgres';
import { teamWithOwner } from '@/test/team-fixture';
// @ts-expect-error -- a plain .mjs script shared with the test runner; it has no types
import { findPostgresBin, startCluster } from '../scripts/pg-cluster.mjs';

/**
 * `npm run db:copy`, the real command, from a SQLite file with something in every table into a
 * PostgreSQL database of a throw-away cluster; then both are read back and compared.
 */
const onSqlite = dialect === 'sqlite';
const hasPostgres = Boolean(findPostgresBin());

// The source is built by this process's app code, which speaks SQLite: on a PostgreSQL run
// there is no SQLite to copy from. `.ci/run` runs the SQLite suite with PostgreSQL installed.
describe.skipIf(!onSqlite || !hasPostgres)('db:copy from SQLite to PostgreSQL', () => {
  const source = onSqlite ? createTestDatabase() : null;
  let cluster: { url: string; stop: () => void };
  let target: string;

  const cli = (...args: string[]) => {
    const run = spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/db-copy.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 120_000 },
    );
    return { code: run.status, out: run.stdout + run.stderr };
  };
  const exportsOf = (databaseUrl: string) => {
    const run = spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'test/print-exports.ts'],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
        timeout: 120_000,
        maxBuffer: 64 * 2 ** 20,
      },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    const { db, url } = source!;
    // Something in every table: the demo team, a hand-off carried through to realized savings,
    // a verdict, a pending invitation, a failed sign-in and a rate-limit counter.
    await seedDemoIfEmpty(db);
    const fx = await teamWithOwner(db, 'Copy Co');
    const teamId = fx.team.id;
    const sam = await fx.addMember('member', 'Sam Copy');
    const system = await fx.owner.api.system.create({ teamId, name: 'Ops' });
    const sub = await fx.owner.api.system.create({
      teamId,
      name: 'Ops › Billing',
      parentId: system.id,
    });
    const process = await fx.owner.api.process.create({
      teamId,
      systemId: sub.id,
      name: 'Invoices',
      frequency: { period: 'week', count: 2 },
    });
    const step = await fx.owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Reconcile receipts',
      minutes: 45,
      performerMembershipId: fx.owner.membershipId,
      whatIfs: [{ condition: 'A receipt is missing', action: 'Ask the client' }],
    });
    const other = await fx.owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'File the paperwork',
      minutes: 5,
      value: 'none',
    });
    await fx.owner.api.review.decide({
      teamId,
      stepId: other.id,
      action: 'remove',
      status: 'accepted',
    });
    const { id } = await fx.owner.api.assignment.create({
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
      dueDate: '2099-01-31',
      note: 'In the shared drive',
    });
    await sam.api.assignment.accept({ teamId, assignmentId: id });
    await sam.api.assignment.complete({ teamId, assignmentId: id });
    await fx.owner.api.invitation.create({ teamId, email: 'later@example.com', role: 'member' });
    await recordSignInFailure(db, 'someone@example.com');
    await countRequest(db, { key: 'copy-test', windowMs: 60_000 });

    cluster = (await startCluster()) as typeof cluster;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE opslens_copy');
    await admin.end();
    target = withDatabase(cluster.url, 'opslens_copy');
    expect(url).toMatch(/\.db$/);
  }, 120_000);

  afterAll(() => cluster?.stop());

  it('copies every row of every table with its id, and every team exports the same', async () => {
    const file = source!.url;
    const before = exportsOf(file);
    const run = cli('--from', file, '--to', target);
    expect(run.out).toMatch(/Copied [\d,]+ rows/);
    expect(run.code).toBe(0);

    // Row for row, as each engine's schema reads it back.
    const lite = drizzleSqlite(new Database(file, { readonly: true }));
    const pool = new pg.Pool({ connectionString: target });
    const pgDb = drizzlePg(pool);
    try {
      for (const table of tablesInCopyOrder()) {
        const sort = (rows: Record<string, unknown>[]) =>
          rows
            .map(({ dataVersion: _version, ...row }) => row) // moved by triggers as rows arrive
            .map((row) => JSON.stringify(row, Object.keys(row).sort()))
            .sort();
        const from = sort(lite.select().from(table.sqlite).all() as Record<string, unknown>[]);
        const to = sort((await pgDb.select().from(table.pg)) as Record<string, unknown>[]);
        expect(from.length, `${table.name} has rows to copy`).toBeGreaterThan(0);
        expect(to, getTableConfig(table.pg).name).toEqual(from);
      }
      // Search was rebuilt on the way in: a step is found by a word of its title.
      const hits = await pool.query(
        "SELECT entity_id FROM search_index WHERE title_tsv @@ to_tsquery('simple', 'reconcile:*')",
      );
      expect(hits.rowCount).toBeGreaterThan(0);
    } finally {
      await pool.end();
    }

    // And through the app on PostgreSQL, every team's documentation is what it was.
    const after = exportsOf(target);
    expect(Object.keys(after).length).toBeGreaterThanOrEqual(2);
    expect(after).toEqual(before);
  }, 180_000);

  it('refuses a target that already has data, and writes nothing to it', () => {
    const again = cli('--from', source!.url, '--to', target);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already has data in .*users \(\d+\).*nothing was written/s);
  }, 60_000);

  it('explains a missing source and a target that is not PostgreSQL', () => {
    const missing = cli('--from', '/nonexistent/opslens.db', '--to', target);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('There is no SQLite database at /nonexistent/opslens.db.');
    const wrong = cli('--from', source!.url, '--to', 'data/other.db');
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('--to must be a PostgreSQL URL');
  }, 60_000);
});
