import 'server-only';
import type { SQL } from 'drizzle-orm';
import { engineOf, type Db, type Tx } from './client';

/**
 * Raw SQL, for the few queries the builder cannot say (search, recursive reads). Only db/
 * modules use it; each engine runs it through its own driver. `handle` is the app's db or a
 * transaction's tx, and the query runs on that connection.
 */
export async function queryRows<T>(handle: Db | Tx, query: SQL): Promise<T[]> {
  const engine = engineOf(handle);
  if (engine.dialect === 'sqlite') {
    return (handle as unknown as { all: (q: SQL) => T[] }).all(query);
  }
  const result = await (
    handle as unknown as { execute: (q: SQL) => Promise<{ rows: T[] }> }
  ).execute(query);
  return result.rows;
}

/**
 * A builder query's rows as arrays, in the order of its selected fields: for the big reads
 * (a team's steps), where building an object per row costs more than the read itself.
 */
export async function selectRows(
  handle: Db | Tx,
  query: PromiseLike<Record<string, unknown>[]> & { values?: () => unknown[][] },
): Promise<unknown[][]> {
  if (engineOf(handle).dialect === 'sqlite') return query.values!();
  return (await query).map((row) => Object.values(row));
}

/** The first row of a query, or undefined: what `.get()` was on SQLite, on both engines. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}
