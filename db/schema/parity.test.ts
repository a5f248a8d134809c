/**
 * The two schemas cannot drift: every table has the same row types (what is read and what may
 * be written) on SQLite and on PostgreSQL, and the same columns by name. A column added to one
 * file only fails the type check (npm run typecheck) and this test.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as pg from './pg';
import * as sqlite from './sqlite';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type S = typeof sqlite;
type P = typeof pg;

/** Compiles only when a table's rows, read and written, have the same type on both engines. */
function sameRows<K extends keyof S & keyof P>(
  _proof: Equal<S[K]['$inferSelect'], P[K]['$inferSelect']> extends true
    ? Equal<S[K]['$inferInsert'], P[K]['$inferInsert']> extends true
      ? K
      : never
    : never,
) {}

it('have the same row types, table by table (checked by the compiler)', () => {
  sameRows('users');
  sameRows('teams');
  sameRows('memberships');
  sameRows('signInThrottles');
  sameRows('invitations');
  sameRows('activities');
  sameRows('systems');
  sameRows('processes');
  sameRows('steps');
  sameRows('whatIfs');
  sameRows('decisions');
  sameRows('assignments');
  sameRows('notifications');
  sameRows('realizedSavings');
  sameRows('rateLimits');
});

const tablesOf = (schema: Record<string, unknown>) =>
  Object.entries(schema).filter(
    ([, v]) => typeof v === 'object' && v !== null && 'getSQL' in (v as object),
  );

describe('the SQLite and PostgreSQL schemas', () => {
  it('hold the same tables with the same columns', () => {
    const lite = tablesOf(sqlite as Record<string, unknown>);
    const post = new Map(tablesOf(pg as Record<string, unknown>));
    expect(lite.map(([k]) => k).sort()).toEqual([...post.keys()].sort());
    for (const [key, table] of lite) {
      const other = post.get(key)!;
      expect(getTableName(other as never), key).toBe(getTableName(table as never));
      const names = (t: unknown) =>
        Object.values(getTableColumns(t as never))
          .map((c) => (c as { name: string }).name)
          .sort();
      expect(names(other), key).toEqual(names(table));
    }
  });
});
