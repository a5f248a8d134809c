import 'server-only';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle inside `db.transaction(…)`; its queries run synchronously with .run()/.get()/.all(). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
export const DEFAULT_DATABASE_PATH = path.join(process.cwd(), 'data', 'opslens.db');

/** `DATABASE_URL` may be a plain path or a `file:` URL; default is the embedded file in data/. */
export function resolveDatabasePath(url = process.env.DATABASE_URL): string {
  if (!url) return DEFAULT_DATABASE_PATH;
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  // A path chosen at run time: keep the bundler from tracing the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/**
 * Opens a database file, applies connection settings and all pending migrations (unless the
 * caller knows another connection already did, e.g. the report worker's).
 */
export function openDatabase(
  file: string,
  { migrate: runMigrations = true }: { migrate?: boolean } = {},
): { db: Db; sqlite: Database.Database } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable across app crashes in WAL mode; FULL would only add power-loss safety.
  sqlite.pragma('synchronous = NORMAL');
  // 64 MiB of page cache (the default is 2 MiB): a large team's report reads tens of MB, and
  // reading them again from the OS cache on every computation doubles its time.
  sqlite.pragma('cache_size = -65536');
  const db = drizzle(sqlite, { schema });
  if (runMigrations) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, sqlite };
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { opslensDb?: Db };

/** The app's database, opened lazily so `next build` never creates or migrates one. */
export function getDb(): Db {
  globalForDb.opslensDb ??= openDatabase(resolveDatabasePath()).db;
  return globalForDb.opslensDb;
}
