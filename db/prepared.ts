import 'server-only';
import type { Db } from './client';

/**
 * A prepared statement built once per database connection and reused: for the reads every
 * request makes (the session's user, the caller's membership, a process page), planning the SQL
 * each time costs more than running it.
 */
export function preparedPerConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const statements = new WeakMap<Db, T>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) statements.set(db, (statement = build(db)));
    return statement;
  };
}
