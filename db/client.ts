import 'server-only';
import Database from 'better-sqlite3';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { getLogger } from '@/server/log/logger';
import { describeDatabase } from './describe';
import { dialect as processDialect, dialectOf, type Dialect } from './dialect';
import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';

/**
 * The database as the app's query functions see it: the query builder only. Reads are awaited
 * anywhere; writes happen inside `withTransaction` (db/transaction.ts), which hands out the
 * transaction's handle of this same type. The types are spelled with Drizzle's SQLite builder;
 * on PostgreSQL the object is Drizzle's node-postgres builder over the PostgreSQL schema, which
 * takes the same calls (see db/schema.ts). What differs between the engines (raw SQL, search,
 * error codes, pragmas) lives in db/ and nowhere else.
 */
export type Db = Omit<
  BetterSQLite3Database<typeof sqliteSchema>,
  'transaction' | 'all' | 'get' | 'run' | 'values' | 'batch' | '$client'
>;
/** A transaction's handle: the same builder, bound to the transaction's connection. */
export type Tx = Db;

export type SqliteEngine = {
  dialect: 'sqlite';
  /** Reads outside transactions: a read-only connection, which never sees a transaction's half-work. */
  reader: BetterSQLite3Database<typeof sqliteSchema>;
  readerRaw: Database.Database;
  /** Every write, one transaction at a time (db/transaction.ts serialises them). */
  writer: BetterSQLite3Database<typeof sqliteSchema>;
  writerRaw: Database.Database;
  /** Consistent multi-statement reads (withReadSnapshot): a connection of their own, opened on use. */
  snapshot?: { db: BetterSQLite3Database<typeof sqliteSchema>; raw: Database.Database };
  file: string;
  logger?: Logger;
};
export type PgEngine = {
  dialect: 'postgres';
  db: NodePgDatabase<typeof pgSchema>;
  pool: pg.Pool;
  url: string;
};
export type Engine = SqliteEngine | PgEngine;

/**
 * Kept on globalThis: Next.js bundles this module into several server chunks (routes, pages,
 * instrumentation), and a handle opened by one must be known to all.
 */
const shared = globalThis as unknown as { opslensEngines?: WeakMap<object, Engine> };
const engines = (shared.opslensEngines ??= new WeakMap<object, Engine>());

/** The engine behind a handle (the app's `db` or a transaction's `tx`); for db/ modules only. */
export function engineOf(db: Db | Tx): Engine {
  const engine = engines.get(db);
  if (!engine) throw new Error('Not a database handle opened by db/client.ts.');
  return engine;
}

/** Remembers which engine a transaction's handle belongs to (db/transaction.ts). */
export function registerHandle(handle: object, engine: Engine) {
  engines.set(handle, engine);
}

const MIGRATIONS = {
  sqlite: path.join(process.cwd(), 'db', 'migrations'),
  postgres: path.join(process.cwd(), 'db', 'migrations-pg'),
} as const;
export const DEFAULT_DATABASE_PATH = path.join(process.cwd(), 'data', 'opslens.db');

/** `DATABASE_URL` may be a plain path or a `file:` URL; default is the embedded file in data/. */
export function resolveDatabasePath(url = process.env.DATABASE_URL): string {
  if (!url) return DEFAULT_DATABASE_PATH;
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  // A path chosen at run time: keep the bundler from tracing the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** The connection settings every SQLite connection gets. */
function tuneSqlite(connection: Database.Database) {
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // NORMAL is durable across app crashes in WAL mode; FULL would only add power-loss safety.
  connection.pragma('synchronous = NORMAL');
  // 64 MiB of page cache (the default is 2 MiB): a large team's report reads tens of MB, and
  // reading them again from the OS cache on every computation doubles its time.
  connection.pragma('cache_size = -65536');
}

export type OpenOptions = {
  /** Apply pending migrations (SQLite: at once; PostgreSQL: call migrateDatabase). */
  migrate?: boolean;
  /** PostgreSQL connections in the pool (default OPSLENS_PG_POOL_SIZE, else 10). */
  poolSize?: number;
  /** Told every statement Drizzle runs, on every connection (tests count and explain them). */
  logger?: Logger;
};

export type Connection = { db: Db; engine: Engine; close: () => Promise<void> };

function openSqlite(file: string, { migrate = true, logger }: OpenOptions): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writerRaw = new Database(file);
  tuneSqlite(writerRaw);
  const writer = drizzleSqlite(writerRaw, { schema: sqliteSchema, logger });
  if (migrate) migrateSqlite(writer, { migrationsFolder: MIGRATIONS.sqlite });
  // The writer made the file and its WAL; the reader shares them and may never write.
  const readerRaw = new Database(file, { readonly: true });
  tuneSqlite(readerRaw);
  const reader = drizzleSqlite(readerRaw, { schema: sqliteSchema, logger });
  const engine: SqliteEngine = {
    dialect: 'sqlite',
    reader,
    readerRaw,
    writer,
    writerRaw,
    file,
    logger,
  };
  registerHandle(reader, engine);
  registerHandle(writer, engine);
  return {
    db: reader as unknown as Db,
    engine,
    close: async () => {
      engine.snapshot?.raw.close();
      readerRaw.close();
      writerRaw.close();
    },
  };
}

/** The connection a SQLite database's read snapshots use (see withReadSnapshot). */
export function snapshotConnection(engine: SqliteEngine) {
  if (!engine.snapshot) {
    const raw = new Database(engine.file, { readonly: true });
    tuneSqlite(raw);
    const db = drizzleSqlite(raw, { schema: sqliteSchema, logger: engine.logger });
    registerHandle(db, engine);
    engine.snapshot = { db, raw };
  }
  return engine.snapshot;
}

export function pgPoolSize(env = process.env): number {
  const n = Number(env.OPSLENS_PG_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

function openPostgres(url: string, { poolSize, logger }: OpenOptions): Connection {
  const pool = new pg.Pool({ connectionString: url, max: poolSize ?? pgPoolSize() });
  // An idle connection that drops (a restarted server, a failover) is replaced, not fatal.
  pool.on('error', (err) => getLogger().error({ err }, 'A PostgreSQL connection failed'));
  const db = drizzlePg(pool, { schema: pgSchema, logger });
  const engine: PgEngine = { dialect: 'postgres', db, pool, url };
  registerHandle(db, engine);
  return { db: db as unknown as Db, engine, close: () => pool.end() };
}

/**
 * Opens the database `url` names (a PostgreSQL URL, or a SQLite file path / `file:` URL).
 * SQLite is migrated here; PostgreSQL by `migrateDatabase`, which is asynchronous.
 */
export function openDatabase(url: string, options: OpenOptions = {}): Connection {
  if (dialectOf(url) !== processDialect)
    // The tables the queries use are chosen once per process (db/schema.ts).
    throw new Error(
      `This process runs on ${processDialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} (DATABASE_URL); it cannot open ${describeDatabase(url)}.`,
    );
  return dialectOf(url) === 'postgres'
    ? openPostgres(url, options)
    : openSqlite(resolveDatabasePath(url), options);
}

/**
 * Applies pending migrations. On PostgreSQL several app servers may start at once: an advisory
 * lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migrateDatabase(db: Db): Promise<void> {
  const engine = engineOf(db);
  if (engine.dialect === 'sqlite') {
    migrateSqlite(engine.writer, { migrationsFolder: MIGRATIONS.sqlite });
    return;
  }
  await migratePostgresPool(engine.pool);
}

/** PostgreSQL's migrations on a pool, one migrator at a time (also for db:copy's target). */
export async function migratePostgresPool(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7283501)');
    await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS.postgres });
  } finally {
    await client.query('SELECT pg_advisory_unlock(7283501)').catch(() => {});
    client.release();
  }
}

/** SQLite's migrations on a connection of its own (also for db:copy's source). */
export function migrateSqliteConnection(connection: Database.Database): void {
  migrateSqlite(drizzleSqlite(connection), { migrationsFolder: MIGRATIONS.sqlite });
}

export function dialectOfDb(db: Db): Dialect {
  return engineOf(db).dialect;
}

// One connection (or pool) per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { opslensDb?: Connection };

/** The database this process is configured for: DATABASE_URL, else the embedded file. */
export function configuredDatabaseUrl(env = process.env): string {
  const url = env.DATABASE_URL;
  return url
    ? dialectOf(url) === 'postgres'
      ? url
      : resolveDatabasePath(url)
    : DEFAULT_DATABASE_PATH;
}

/**
 * The app's database, opened lazily so `next build` never creates or migrates one. SQLite is
 * migrated on open; PostgreSQL at server start (server/startup.ts).
 */
export function getDb(): Db {
  globalForDb.opslensDb ??= openDatabase(configuredDatabaseUrl());
  return globalForDb.opslensDb.db;
}

/**
 * At shutdown, lets the database's connections go without failing a request still running:
 * on PostgreSQL every idle connection ends now, and each busy one as soon as its request
 * releases it (a request that still needs one gets a fresh connection, which also ends after
 * use). So when the server exits after draining its requests, no connection is left open for
 * PostgreSQL to find dropped. SQLite has nothing to end: its file is consistent at every commit.
 */
export async function retireConnections(engine: Engine): Promise<void> {
  if (engine.dialect !== 'postgres') return;
  const { pool } = engine;
  // pg-pool ends a connection on release once it has served `maxUses` checkouts.
  (pool as unknown as { options: { maxUses: number } }).options.maxUses = 1;
  while (pool.idleCount > 0) (await pool.connect()).release();
}

/** Retires the app's connections on SIGTERM/SIGINT while Next.js drains requests and exits. */
export function retireConnectionsOnShutdown() {
  const retire = () => {
    const open = globalForDb.opslensDb;
    if (open) void retireConnections(open.engine).catch(() => {});
  };
  process.once('SIGTERM', retire);
  process.once('SIGINT', retire);
}

/** Closes the app's database (scripts and tests): the pool's connections end cleanly. */
export async function closeDb(): Promise<void> {
  const open = globalForDb.opslensDb;
  globalForDb.opslensDb = undefined;
  await open?.close();
}

/** The engine this process was configured for (DATABASE_URL). */
export const configuredDialect: Dialect = processDialect;
