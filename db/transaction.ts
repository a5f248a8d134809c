import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  engineOf,
  registerHandle,
  snapshotConnection,
  type Db,
  type Engine,
  type SqliteEngine,
  type Tx,
} from './client';
import { isRetryableConflict } from './errors';

/**
 * The one way to open a transaction: `withTransaction(db, async (tx) => …)`. Everything inside
 * uses `tx`; a throw rolls all of it back. A `withTransaction` inside another joins it.
 *
 * SQLite: better-sqlite3 is synchronous, but the body is async, so other requests run between
 * its awaits. Two things keep them apart: writes go through a second connection that only one
 * transaction holds at a time (an async queue per database, then BEGIN IMMEDIATE, which also waits
 * for writers in other processes), and reads outside transactions use a read-only connection,
 * which sees committed data only. So interleaved transactions never see or commit each other's
 * half-work.
 *
 * PostgreSQL: SERIALIZABLE transactions from the pool, retried a few times when the database
 * reports a serialization failure or a deadlock, so invariants checked inside a transaction (the
 * last owner, a version, an invitation already used, a count) hold under concurrency from any
 * number of app servers.
 */

type Open = { engine: Engine; tx: Tx };

/**
 * The open transaction and the queues live on globalThis: Next.js bundles this module into
 * several server chunks, and all of them share one database, so they must share its queue.
 */
const shared = globalThis as unknown as {
  opslensTransactions?: {
    current: AsyncLocalStorage<Open>;
    writeQueues: WeakMap<SqliteEngine, Promise<void>>;
    snapshotQueues: WeakMap<SqliteEngine, Promise<void>>;
  };
};
const state = (shared.opslensTransactions ??= {
  current: new AsyncLocalStorage<Open>(),
  writeQueues: new WeakMap(),
  snapshotQueues: new WeakMap(),
});
const { current, writeQueues, snapshotQueues } = state;

/**
 * Waits for its turn in a queue (a promise chain per connection); returns the release. One
 * transaction at a time on a SQLite database's writing connection, one snapshot on its
 * snapshot connection.
 */
async function turn(queues: WeakMap<SqliteEngine, Promise<void>>, engine: SqliteEngine) {
  const before = queues.get(engine) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  queues.set(
    engine,
    before.then(() => mine),
  );
  await before;
  return release;
}

async function inSqlite<T>(engine: SqliteEngine, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const release = await turn(writeQueues, engine);
  const tx = engine.writer as unknown as Tx;
  try {
    engine.writerRaw.prepare('BEGIN IMMEDIATE').run();
    try {
      const result = await current.run({ engine, tx }, () => fn(tx));
      engine.writerRaw.prepare('COMMIT').run();
      return result;
    } catch (err) {
      if (engine.writerRaw.inTransaction) engine.writerRaw.prepare('ROLLBACK').run();
      throw err;
    }
  } finally {
    release();
  }
}

const RETRIES = 5;

async function inPostgres<T>(
  engine: Extract<Engine, { dialect: 'postgres' }>,
  fn: (tx: Tx) => Promise<T>,
  options: { readOnly: boolean },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await engine.db.transaction(
        async (pgTx) => {
          registerHandle(pgTx, engine);
          const tx = pgTx as unknown as Tx;
          return current.run({ engine, tx }, () => fn(tx));
        },
        options.readOnly
          ? { isolationLevel: 'repeatable read', accessMode: 'read only' }
          : { isolationLevel: 'serializable' },
      );
    } catch (err) {
      if (attempt >= RETRIES || !isRetryableConflict(err)) throw err;
      // Another transaction won the race: wait a little (more each time) and run again.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}

export async function withTransaction<T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const engine = engineOf(db);
  const open = current.getStore();
  if (open && open.engine === engine) return fn(open.tx);
  return engine.dialect === 'sqlite'
    ? inSqlite(engine, fn)
    : inPostgres(engine, fn, { readOnly: false });
}

/**
 * Several reads that must agree with each other (the report's snapshot, the business map): one
 * consistent view of the database. SQLite: a read transaction on a connection of its own, so
 * the app's other reads never run inside it (and so never miss a write committed meanwhile).
 * PostgreSQL: REPEATABLE READ, read only.
 */
export async function withReadSnapshot<T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const engine = engineOf(db);
  const open = current.getStore();
  if (open && open.engine === engine) return fn(open.tx);
  if (engine.dialect === 'postgres') return inPostgres(engine, fn, { readOnly: true });
  const release = await turn(snapshotQueues, engine);
  const connection = snapshotConnection(engine);
  const tx = connection.db as unknown as Tx;
  try {
    connection.raw.prepare('BEGIN').run();
    try {
      return await current.run({ engine, tx }, () => fn(tx));
    } finally {
      if (connection.raw.inTransaction) connection.raw.prepare('COMMIT').run();
    }
  } finally {
    release();
  }
}

/** Whether the caller runs inside a transaction of this database (for assertions in db/). */
export function inTransaction(db: Db | Tx): boolean {
  const open = current.getStore();
  return !!open && open.engine === engineOf(db);
}
