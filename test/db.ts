import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Db, type Engine } from '@/db/client';
import { TEMPLATE_DATABASE, testPostgresUrl, withDatabase } from './postgres';

export type Statement = { sql: string; params: unknown[] };

/** Transaction control differs between the engines' drivers; the statements that do work don't. */
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release|set\s+transaction)\b/i;

/** Every statement Drizzle runs on a test database, for tests that count or explain them. */
export class StatementLog {
  private recording: Statement[] | null = null;

  logQuery(sql: string, params: unknown[]) {
    if (this.recording && !CONTROL.test(sql)) this.recording.push({ sql, params });
  }

  /** The statements `run` made, in order. */
  async record(run: () => Promise<unknown>): Promise<Statement[]> {
    const ran: Statement[] = [];
    this.recording = ran;
    try {
      await run();
    } finally {
      this.recording = null;
    }
    return ran;
  }

  async count(run: () => Promise<unknown>): Promise<number> {
    return (await this.record(run)).length;
  }
}

/** A real, migrated database of its own for a test file, removed after it. */
export function createTestDb(): Db {
  return createTestDatabase().db;
}

let databases = 0;

/**
 * The same, with its engine (for tests that look at every table) and its statement log. The
 * engine is SQLite (a temp file), or PostgreSQL when DATABASE_URL names a server
 * (`npm run test:postgres`): then each test file gets a database of its own, copied from the
 * migrated template the global setup made (test/global-setup.ts), and dropped after the file.
 */
export function createTestDatabase(): {
  db: Db;
  engine: Engine;
  statements: StatementLog;
  /** What DATABASE_URL would be for another process to open it (a CLI under test). */
  url: string;
} {
  const statements = new StatementLog();
  const admin = testPostgresUrl();
  if (admin) {
    const name = `opslens_t${process.pid}_${++databases}`;
    // The pool connects on first use, which comes after beforeAll has made the database.
    const url = withDatabase(admin, name);
    const { db, engine, close } = openDatabase(url, {
      logger: statements,
      poolSize: 4,
    });
    beforeAll(() => adminQuery(admin, `CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
    afterAll(async () => {
      await close();
      await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
    return { db, engine, statements, url };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-test-'));
  const url = path.join(dir, 'test.db');
  const { db, engine, close } = openDatabase(url, { logger: statements });
  afterAll(async () => {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db, engine, statements, url };
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
