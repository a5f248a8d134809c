import 'server-only';
import { sql, type Table } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { engineOf, type Tx } from './client';

/** Rows per INSERT on PostgreSQL: well inside its 65,535 bound parameters for our widest table. */
const BATCH = 1000;

/**
 * Inserts many rows inside a transaction (an import's tens of thousands of steps). SQLite: one
 * prepared statement run per row, planned once — building multi-row INSERTs cost more time in
 * the query builder than SQLite spent writing. PostgreSQL: multi-row INSERTs of BATCH rows, so
 * a large import is a few dozen round trips, not one per row.
 */
export async function insertMany<TTable extends SQLiteTable>(
  tx: Tx,
  table: TTable,
  rows: readonly TTable['$inferInsert'][],
): Promise<void> {
  const firstRow = rows[0];
  if (!firstRow) return;
  if (engineOf(tx).dialect === 'sqlite') {
    const placeholders = Object.fromEntries(
      Object.keys(firstRow).map((k) => [k, sql.placeholder(k)]),
    );
    const statement = tx
      .insert(table)
      .values(placeholders as TTable['$inferInsert'])
      .prepare();
    for (const row of rows) statement.run(row);
    return;
  }
  for (let at = 0; at < rows.length; at += BATCH) {
    await tx
      .insert(table as unknown as Table as TTable)
      .values(rows.slice(at, at + BATCH) as TTable['$inferInsert'][]);
  }
}
