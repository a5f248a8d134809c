/**
 * Every query the report and its pickers run, checked with EXPLAIN QUERY PLAN on a team with data:
 * each one is answered through an index, and the whole team's steps are read only by the report's
 * snapshot (once per data version), never by a page or a search.
 */
import { describe, expect, it } from 'vitest';
import { buildTeam, SIZES } from '@/bench/fixture';
import { callerFor } from '@/test/caller';
import { createTestDatabase } from '@/test/db';

const { db, sqlite } = createTestDatabase();

type Ran = { sql: string; params: unknown[] };

/** Records the SQL and parameters of every statement prepared from now on and run. */
function recordQueries() {
  const ran: Ran[] = [];
  const original = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = original(source);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const call = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        ran.push({ sql: source, params });
        return call(...params);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
  return { ran, stop: () => (sqlite.prepare = original) };
}

const BIG_TABLES = ['steps', 'what_ifs', 'processes', 'systems', 'decisions', 'assignments'];

function planOf({ sql, params }: Ran): string[] {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

describe('query plans of the report and its pickers', () => {
  it('use an index for every read, and read the whole team only for the snapshot', async () => {
    const team = await buildTeam(db, SIZES.small, 'plans');
    const api = callerFor(db, team.ownerUserId);
    const teamId = team.teamId;
    const { systemId } = (await api.process.get({ teamId, processId: team.processId })).process;

    const { ran, stop } = recordQueries();
    try {
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
    } finally {
      stop();
    }

    const problems: string[] = [];
    for (const query of ran) {
      const plan = planOf(query);
      for (const step of plan) {
        const scan = /^SCAN (\w+)/.exec(step);
        if (scan && BIG_TABLES.includes(scan[1]!))
          problems.push(`full scan of ${scan[1]}: ${query.sql}\n  ${plan.join(' | ')}`);
        const teamWide = /^SEARCH (steps|what_ifs)\b.*\(team_id=\?\)$/.exec(step);
        // The snapshot reads every live step once per version; nothing else reads them all.
        const snapshot = /"steps"\."archived_at" is null\) order by "steps"\."process_id"/.test(
          query.sql,
        );
        const grouped = /group by "steps"\."process_id"/.test(query.sql); // the business map
        if (teamWide && !snapshot && !grouped)
          problems.push(
            `reads all of the team's ${teamWide[1]}: ${query.sql}\n  ${plan.join(' | ')}`,
          );
      }
    }
    expect(ran.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
