import 'server-only';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { withReadSnapshot } from '@/db/transaction';
import { memberships, processes, steps, systems, teams, users } from '@/db/schema';
import { hoursPerYear, processRunsPerYear } from '@/server/analysis';
import { DomainError } from '@/server/domain-error';
import { ancestry, buildSystemTree, isHidden, type Totals } from '@/server/zoom/system-tree';
import { frequencyOf } from './processes';

/** Chips per card: a card names a few of its subsystems and processes, and counts the rest. */
const CHIPS = 6;

/**
 * The whole map of a team's business (systems, processes and their hours), read in one snapshot
 * with the data version it is at: five queries whatever the team's size.
 */
function readTeamMap(db: Db, teamId: string) {
  return withReadSnapshot(db, async (tx) => {
    const [team] = await tx.select().from(teams).where(eq(teams.id, teamId));
    if (!team) throw new DomainError('NOT_FOUND', 'Team not found.');
    const systemRows = await tx.select().from(systems).where(eq(systems.teamId, teamId));
    const processRows = await tx
      .select({
        id: processes.id,
        systemId: processes.systemId,
        name: processes.name,
        status: processes.status,
        ownerMembershipId: processes.ownerMembershipId,
        frequencyPeriod: processes.frequencyPeriod,
        frequencyCount: processes.frequencyCount,
      })
      .from(processes)
      .where(eq(processes.teamId, teamId))
      .orderBy(asc(processes.position), asc(processes.name), asc(processes.id));
    // Hours are linear in minutes × probability, so one grouped sum per process is enough.
    const stepSums = await tx
      .select({
        processId: steps.processId,
        stepCount: count(),
        weightedMinutes:
          sql<number>`coalesce(sum(${steps.minutes} * ${steps.probability}), 0) / 100.0`.mapWith(
            Number,
          ),
      })
      .from(steps)
      .where(and(eq(steps.teamId, teamId), isNull(steps.archivedAt)))
      .groupBy(steps.processId);
    const people = await tx
      .select({ membershipId: memberships.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.teamId, teamId));

    const settings = {
      workingDaysPerWeek: team.workingDaysPerWeek,
      weeksPerYear: team.weeksPerYear,
    };
    const sums = new Map(stepSums.map((s) => [s.processId, s]));
    const processTotals = processRows.map((p) => {
      const s = sums.get(p.id);
      const runsPerYear = processRunsPerYear(frequencyOf(p), settings);
      return {
        process: p,
        processId: p.id,
        systemId: p.systemId,
        stepCount: s?.stepCount ?? 0,
        runsPerYear,
        hoursPerYear: hoursPerYear(runsPerYear, s?.weightedMinutes ?? 0),
      };
    });
    const tree = buildSystemTree(
      systemRows.map((s) => ({
        id: s.id,
        parentId: s.parentId,
        name: s.name,
        archived: Boolean(s.archivedAt),
        position: s.position,
      })),
      // Archived processes are documented history, not part of the business's numbers.
      processTotals.filter((p) => p.process.status !== 'archived'),
    );
    const bySystem = new Map<string, typeof processTotals>();
    for (const p of processTotals) {
      const list = bySystem.get(p.systemId);
      if (list) list.push(p);
      else bySystem.set(p.systemId, [p]);
    }
    return {
      dataVersion: team.dataVersion,
      team: { id: team.id, name: team.name, slug: team.slug },
      rowById: new Map(systemRows.map((s) => [s.id, s])),
      systemRows,
      tree,
      bySystem,
      nameOf: new Map(people.map((p) => [p.membershipId, p.name])),
    };
  });
}

type TeamMap = Awaited<ReturnType<typeof readTeamMap>>;

// A team's map is read again only after a write that can change it (the data version moved).
const MEMO_TEAMS = 64;
const memo = new WeakMap<Db, Map<string, TeamMap>>();

async function teamMap(db: Db, teamId: string, minVersion: number): Promise<TeamMap> {
  let byTeam = memo.get(db);
  if (!byTeam) memo.set(db, (byTeam = new Map()));
  const known = byTeam.get(teamId);
  const map = known && known.dataVersion >= minVersion ? known : await readTeamMap(db, teamId);
  // Another request may have stored a newer map while this one read.
  const latest = byTeam.get(teamId);
  const kept = latest && latest.dataVersion > map.dataVersion ? latest : map;
  byTeam.delete(teamId);
  byTeam.set(teamId, kept);
  if (byTeam.size > MEMO_TEAMS) byTeam.delete(byTeam.keys().next().value!);
  return map;
}

/**
 * One zoom level of the business: the system (or the business itself), its live subsystems with
 * their subtree numbers, and its processes. Read from the team's map at `minVersion` or later.
 */
export async function getSystemOverview(
  db: Db,
  { teamId, systemId, minVersion }: { teamId: string; systemId: string | null; minVersion: number },
) {
  const { team, rowById, systemRows, tree, bySystem, nameOf } = await teamMap(
    db,
    teamId,
    minVersion,
  );
  const current = systemId ? rowById.get(systemId) : null;
  if (systemId && !current) throw new DomainError('NOT_FOUND', 'System not found.');
  const hidden = systemId ? isHidden(tree, systemId) : false;

  const processesIn = (id: string) => bySystem.get(id) ?? [];
  const children = (tree.childrenOf.get(systemId) ?? []).map((child) => {
    const subsystems = tree.childrenOf.get(child.id) ?? [];
    const live = processesIn(child.id).filter((p) => p.process.status !== 'archived');
    return {
      id: child.id,
      name: child.name,
      description: rowById.get(child.id)!.description,
      ownerName: nameOf.get(rowById.get(child.id)!.ownerMembershipId ?? '') ?? null,
      totals: tree.totals.get(child.id) as Totals,
      subsystems: subsystems.slice(0, CHIPS).map((s) => ({ id: s.id, name: s.name })),
      subsystemCount: subsystems.length,
      processes: live.slice(0, CHIPS).map((p) => ({ id: p.processId, name: p.process.name })),
      processCount: live.length,
    };
  });
  const archivedChildren = systemRows
    .filter((s) => s.archivedAt && s.parentId === systemId)
    .map((s) => ({ id: s.id, name: s.name, archivedAt: s.archivedAt! }));

  return {
    team,
    current: current
      ? {
          id: current.id,
          name: current.name,
          description: current.description,
          parentId: current.parentId,
          ownerMembershipId: current.ownerMembershipId,
          ownerName: nameOf.get(current.ownerMembershipId ?? '') ?? null,
          archived: Boolean(current.archivedAt),
          hidden,
        }
      : null,
    breadcrumb: ancestry(tree, systemId).map((s) => ({ id: s.id, name: s.name })),
    totals: systemId
      ? (tree.totals.get(systemId) ?? { processCount: 0, stepCount: 0, hoursPerYear: 0 })
      : tree.teamTotals,
    children,
    archivedChildren,
    processes: systemId
      ? processesIn(systemId).map((p) => ({
          id: p.processId,
          name: p.process.name,
          status: p.process.status,
          ownerName: nameOf.get(p.process.ownerMembershipId ?? '') ?? null,
          frequency: frequencyOf(p.process),
          runsPerYear: p.runsPerYear,
          stepCount: p.stepCount,
          hoursPerYear: p.hoursPerYear,
        }))
      : [],
  };
}
