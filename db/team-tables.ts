import 'server-only';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { tablesInCopyOrder } from './copy';
import { dialect } from './dialect';

export type TeamTable = { name: string; table: SQLiteTable; teamId: SQLiteColumn };

let cached: TeamTable[] | undefined;

/**
 * The tables that hold a team's rows (every table with a team_id column), children before
 * parents: the copy order (db/copy.ts, each table after those its foreign keys name) reversed,
 * so deleting a team's rows in this order never leaves a row pointing at one already gone,
 * whatever ON DELETE says. Derived from the schema, so a new team table is included by itself.
 * The teams table (the parent of them all) is not in the list. Typed like db/schema.ts: at run
 * time each table is the current engine's.
 */
export function teamTablesChildrenFirst(): readonly TeamTable[] {
  cached ??= tablesInCopyOrder()
    .reverse()
    .flatMap((pair) => {
      const table = (dialect === 'postgres' ? pair.pg : pair.sqlite) as unknown as SQLiteTable;
      const teamId = Object.values(getTableColumns(table)).find((c) => c.name === 'team_id');
      return teamId ? [{ name: pair.name, table, teamId: teamId as SQLiteColumn }] : [];
    });
  return cached;
}
