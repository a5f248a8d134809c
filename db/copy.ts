import 'server-only';
import Database from 'better-sqlite3';
import { count, is, sql } from 'drizzle-orm';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import fs from 'node:fs';
import pg from 'pg';
import { migratePostgresPool, migrateSqliteConnection } from './client';
import { describeDatabase } from './describe';
import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';

/**
 * Moving up: a whole SQLite database into an empty PostgreSQL one, every table and every row
 * with its id, in one transaction (all or nothing). Rows are read and written through the two
 * schemas, which describe the same rows (db/schema/parity.test.ts), so each value arrives as
 * the same JavaScript value. The search index and data versions are kept by PostgreSQL's own
 * triggers as the rows go in.
 */

/** Why a copy did not start; the message is for the person running it. */
export class CopyRefused extends Error {}

type Pair = { name: string; pg: PgTable; sqlite: SQLiteTable; parents: string[]; selfRef: boolean };

/** The app's tables, parents before children (each table after those its foreign keys name). */
export function tablesInCopyOrder(): Pair[] {
  const pairs: Pair[] = [];
  for (const [key, table] of Object.entries(pgSchema)) {
    if (!is(table, PgTable)) continue;
    const config = getTableConfig(table);
    const targets = config.foreignKeys.map(
      (fk) => getTableConfig(fk.reference().foreignTable).name,
    );
    pairs.push({
      name: config.name,
      pg: table,
      sqlite: (sqliteSchema as unknown as Record<string, SQLiteTable>)[key]!,
      parents: [...new Set(targets.filter((t) => t !== config.name))],
      selfRef: targets.includes(config.name),
    });
  }
  const ordered: Pair[] = [];
  const placed = new Set<string>();
  while (ordered.length < pairs.length) {
    const ready = pairs.filter((p) => !placed.has(p.name) && p.parents.every((q) => placed.has(q)));
    if (ready.length === 0) throw new Error('The tables’ foreign keys form a cycle.');
    for (const p of ready.sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push(p);
      placed.add(p.name);
    }
  }
  return ordered;
}

export type CopyProgress = { table: string; rows: number };
export type CopyResult = { tables: CopyProgress[]; rows: number; ms: number };

/** Rows per read from SQLite. */
const PAGE = 2000;
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

export async function copySqliteToPostgres({
  from,
  to,
  onTable,
}: {
  from: string;
  to: string;
  onTable?: (progress: CopyProgress) => void;
}): Promise<CopyResult> {
  const started = performance.now();
  if (!fs.existsSync(from)) throw new CopyRefused(`There is no SQLite database at ${from}.`);
  // The app migrates its file at every start; so does this, so both ends are at the same schema.
  const sourceRaw = new Database(from, { fileMustExist: true });
  const pool = new pg.Pool({ connectionString: to, max: 2 });
  try {
    sourceRaw.pragma('foreign_keys = ON');
    sourceRaw.pragma('busy_timeout = 5000');
    migrateSqliteConnection(sourceRaw);
    const source = drizzleSqlite(sourceRaw);
    try {
      await migratePostgresPool(pool);
    } catch (err) {
      throw new CopyRefused(`Cannot prepare ${describeDatabase(to)}: ${(err as Error).message}`);
    }
    const target = drizzlePg(pool);
    const tables = tablesInCopyOrder();

    const nonEmpty: string[] = [];
    for (const t of tables) {
      const [row] = await target.select({ n: count() }).from(t.pg);
      if (row!.n > 0) nonEmpty.push(`${t.name} (${row!.n})`);
    }
    if (nonEmpty.length > 0)
      throw new CopyRefused(
        `${describeDatabase(to)} already has data in ${nonEmpty.join(', ')}. Copy into an empty database: nothing was written.`,
      );

    const done: CopyProgress[] = [];
    // One read snapshot of the source (others may use the file meanwhile) and one transaction
    // on the target: a failure half-way leaves the target as empty as it was.
    sourceRaw.prepare('BEGIN').run();
    try {
      await target.transaction(async (tx) => {
        for (const t of tables) {
          const columns = Object.keys(getTableConfig(t.pg).columns).length;
          const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
          let rows = 0;
          const write = async (list: Record<string, unknown>[]) => {
            for (let at = 0; at < list.length; at += batch)
              await tx.insert(t.pg).values(list.slice(at, at + batch));
            rows += list.length;
          };
          if (t.selfRef) {
            // A tree (systems within systems): parents first, so each row's parent is there.
            await write(parentsFirst(source.select().from(t.sqlite).all() as Tree[]));
          } else {
            for (let offset = 0; ; offset += PAGE) {
              const page = source
                .select()
                .from(t.sqlite)
                .orderBy(sql`rowid`)
                .limit(PAGE)
                .offset(offset)
                .all() as Record<string, unknown>[];
              if (page.length > 0) await write(page);
              if (page.length < PAGE) break;
            }
          }
          done.push({ table: t.name, rows });
          onTable?.({ table: t.name, rows });
        }
      });
    } finally {
      if (sourceRaw.inTransaction) sourceRaw.prepare('COMMIT').run();
    }
    // Fresh statistics, so the planner knows the tables are no longer empty.
    await pool.query('ANALYZE');
    return {
      tables: done,
      rows: done.reduce((sum, t) => sum + t.rows, 0),
      ms: performance.now() - started,
    };
  } finally {
    sourceRaw.close();
    await pool.end();
  }
}

type Tree = Record<string, unknown> & { id: string; parentId: string | null };

function parentsFirst(rows: Tree[]): Tree[] {
  const children = new Map<string | null, Tree[]>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const out: Tree[] = [];
  const ids = new Set(rows.map((r) => r.id));
  // Roots: no parent, or (never in a healthy file) a parent that is not there.
  let level = rows.filter((r) => r.parentId === null || !ids.has(r.parentId));
  while (level.length > 0) {
    out.push(...level);
    level = level.flatMap((r) => children.get(r.id) ?? []);
  }
  return out;
}
