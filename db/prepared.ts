import 'server-only';
import { createHash } from 'node:crypto';
import { engineOf, type Db } from './client';

/** A query with placeholders: awaiting it gives its rows, and it can be prepared. */
type Preparable = PromiseLike<unknown> & {
  prepare: (name?: string) => unknown;
  toSQL: () => { sql: string };
};
type Prepared = { execute: (params?: object) => PromiseLike<unknown> };

/**
 * A query prepared once per database connection (SQLite) or pool (PostgreSQL, a named
 * statement each connection prepares on first use) and run with placeholder values: for the
 * reads every request makes (the session's user, the caller's membership, a process page),
 * planning the SQL each time costs more than running it. `build` returns the query with
 * `sql.placeholder(…)` values; the function returned runs it with the values given.
 */
export function preparedPerConnection<Q extends Preparable>(
  build: (db: Db) => Q,
): (db: Db, params?: Record<string, unknown>) => Promise<Awaited<Q>> {
  const statements = new WeakMap<Db, Prepared>();
  return async (db, params = {}): Promise<Awaited<Q>> => {
    let statement = statements.get(db);
    if (!statement) {
      const query = build(db);
      statement = (
        engineOf(db).dialect === 'postgres' ? query.prepare(statementName(query)) : query.prepare()
      ) as Prepared;
      statements.set(db, statement);
    }
    const rows: unknown = await statement.execute(params);
    return rows as Awaited<Q>;
  };
}

/**
 * A PostgreSQL statement's name, from its SQL: the same text gets the same name in every server
 * bundle that holds a copy of the query, and different texts never share one on a connection.
 */
function statementName(query: Preparable): string {
  return `opslens_${createHash('sha1').update(query.toSQL().sql).digest('hex').slice(0, 16)}`;
}
