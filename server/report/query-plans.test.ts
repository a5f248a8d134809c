/**
 * Every query the report and its pickers run, checked with the engine's EXPLAIN on a team with data:
 * each one is answered through an index, and the whole team's steps are read only by the report's
 * snapshot (once per data version), never by a page or a search.
 */
import { describe, expect, it } from 'vitest';
import { buildTeam, SIZES } from '@/bench/fixture';
import { callerFor } from '@/test/caller';
import { createTestDatabase, type Statement } from '@/test/db';

const { db, engine, statements } = createTestDatabase();

const BIG_TABLES = ['steps', 'what_ifs', 'processes', 'systems', 'decisions', 'assignments'];

/** One table read in a plan: how it is read, and on which condition when through an index. */
type Access = { table: string; scan: 'full' | 'index'; condition: string | null; text: string };

/** SQLite's plan: one line per table read ("SCAN t" reads it all, "SEARCH t USING …" an index). */
function sqlitePlan({ sql, params }: Statement): Access[] {
  if (engine.dialect !== 'sqlite') throw new Error('not SQLite');
  const rows = engine.readerRaw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
    detail: string;
  }[];
  return rows.flatMap<Access>(({ detail }) => {
    const scan = /^SCAN (\w+)/.exec(detail);
    if (scan) return [{ table: scan[1]!, scan: 'full' as const, condition: null, text: detail }];
    const search = /^SEARCH (\w+).*\((.*)\)$/.exec(detail);
    if (search)
      return [{ table: search[1]!, scan: 'index' as const, condition: search[2]!, text: detail }];
    return [];
  });
}

type PgNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PgNode[];
};

/**
 * PostgreSQL's plan with sequential scans priced out (a planner on small test tables would rather
 * scan them): a table still read in full, or through an index with no condition, has no index
 * for the query. A bitmap scan's condition is on its index child.
 */
async function postgresPlan({ sql, params }: Statement): Promise<Access[]> {
  if (engine.dialect !== 'postgres') throw new Error('not PostgreSQL');
  const client = await engine.pool.connect();
  try {
    await client.query('SET enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PgNode }] }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    const found: Access[] = [];
    const walk = (node: PgNode) => {
      const table = node['Relation Name'];
      const type = node['Node Type'];
      if (table) {
        const condition =
          node['Index Cond'] ??
          node.Plans?.find((p) => p['Node Type'] === 'Bitmap Index Scan')?.['Index Cond'] ??
          null;
        const full = type === 'Seq Scan' || condition === null;
        found.push({
          table,
          scan: full ? 'full' : 'index',
          condition,
          text: `${type} on ${table}`,
        });
      }
      node.Plans?.forEach(walk);
    };
    walk(rows[0]!['QUERY PLAN'][0].Plan);
    return found;
  } finally {
    await client.query('RESET enable_seqscan');
    client.release();
  }
}

const planOf = (statement: Statement) =>
  engine.dialect === 'sqlite' ? sqlitePlan(statement) : postgresPlan(statement);

/** A condition on the team alone: the read takes every row the team has in that table. */
const TEAM_ONLY = /^\(?team_id ?= ?(\?|\$\d+)\)?$/;

describe('query plans of the report and its pickers', () => {
  it('use an index for every read, and read the whole team only for the snapshot', async () => {
    const team = await buildTeam(db, SIZES.small, 'plans');
    const api = callerFor(db, team.ownerUserId);
    const teamId = team.teamId;
    const { systemId } = (await api.process.get({ teamId, processId: team.processId })).process;

    const ran = await statements.record(async () => {
      await api.report.get({ teamId });
      await api.report.get({ teamId, systemId });
      const page = await api.report.findings({ teamId, limit: 20 });
      await api.report.findings({ teamId, cursor: page.nextCursor, limit: 20, sort: 'hours' });
      await api.report.findings({ teamId, q: 'invoice', action: 'all', within: systemId });
      for await (const _ of await api.report.export({ teamId, format: 'csv' })) void _;
      await api.process.get({ teamId, processId: team.processId });
      await api.system.search({ teamId, q: 'System 1' });
      await api.system.search({ teamId, q: '', within: systemId });
      await api.member.search({ teamId, q: 'member 1' });
      await api.process.search({ teamId, q: 'process 2' });
      await api.system.overview({ teamId, systemId });
    });

    const problems: string[] = [];
    for (const query of ran) {
      if (!/^\s*(select|with)\b/i.test(query.sql)) continue; // writes are keyed by id
      const plan = await planOf(query);
      const text = plan.map((a) => a.text).join(' | ');
      for (const access of plan) {
        if (!BIG_TABLES.includes(access.table)) continue;
        if (access.scan === 'full')
          problems.push(`full scan of ${access.table}: ${query.sql}\n  ${text}`);
        const teamWide =
          ['steps', 'what_ifs'].includes(access.table) && TEAM_ONLY.test(access.condition ?? '');
        // The snapshot reads every live step once per version; nothing else reads them all.
        const snapshot = /"steps"\."archived_at" is null\) order by "steps"\."process_id"/.test(
          query.sql,
        );
        const grouped = /group by "steps"\."process_id"/.test(query.sql); // the business map
        if (teamWide && !snapshot && !grouped)
          problems.push(`reads all of the team's ${access.table}: ${query.sql}\n  ${text}`);
      }
    }
    expect(ran.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
