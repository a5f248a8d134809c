import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, processes, steps, systems, teams, users } from '@/db/schema';
import { hoursPerYear, processRunsPerYear } from '@/server/analysis';
import { DomainError } from '@/server/domain-error';
import { ancestry, buildSystemTree, isHidden, type Totals } from '@/server/zoom/system-tree';
import { frequencyOf } from './processes';

/**
 * One zoom level of the business: the system (or the business itself), its live subsystems with
 * their subtree numbers, and its processes. Five queries whatever the size of the team.
 */
export async function getSystemOverview(
  db: Db,
  { teamId, systemId }: { teamId: string; systemId: string | null },
) {
  const [team, systemRows, processRows, stepSums, people] = await Promise.all([
    db.select().from(teams).where(eq(teams.id, teamId)).get(),
    db.select().from(systems).where(eq(systems.teamId, teamId)),
    db
      .select()
      .from(processes)
      .where(eq(processes.teamId, teamId))
      .orderBy(asc(processes.position), asc(processes.name), asc(processes.id)),
    // Hours are linear in minutes × probability, so one grouped sum per process is enough.
    db
      .select({
        processId: steps.processId,
        stepCount: sql<number>`count(*)`,
        weightedMinutes: sql<number>`coalesce(sum(${steps.minutes} * ${steps.probability}), 0) / 100.0`,
      })
      .from(steps)
      .where(and(eq(steps.teamId, teamId), isNull(steps.archivedAt)))
      .groupBy(steps.processId),
    db
      .select({ membershipId: memberships.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.teamId, teamId)),
  ]);
  if (!team) throw new DomainError('NOT_FOUND', 'Team not found.');
  const nameOf = new Map(people.map((p) => [p.membershipId, p.name]));
  const sums = new Map(stepSums.map((s) => [s.processId, s]));
  const settings = { workingDaysPerWeek: team.workingDaysPerWeek, weeksPerYear: team.weeksPerYear };

  const processTotals = processRows.map((p) => {
    const s = sums.get(p.id);
    return {
      process: p,
      processId: p.id,
      systemId: p.systemId,
      stepCount: s?.stepCount ?? 0,
      runsPerYear: processRunsPerYear(frequencyOf(p), settings),
      hoursPerYear: hoursPerYear(
        processRunsPerYear(frequencyOf(p), settings),
        s?.weightedMinutes ?? 0,
      ),
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

  const rowById = new Map(systemRows.map((s) => [s.id, s]));
  const current = systemId ? rowById.get(systemId) : null;
  if (systemId && !current) throw new DomainError('NOT_FOUND', 'System not found.');
  const hidden = systemId ? isHidden(tree, systemId) : false;

  const bySystem = new Map<string, typeof processTotals>();
  for (const p of processTotals) {
    const list = bySystem.get(p.systemId) ?? [];
    list.push(p);
    bySystem.set(p.systemId, list);
  }
  const processesIn = (id: string) => bySystem.get(id) ?? [];
  const children = (tree.childrenOf.get(systemId) ?? []).map((child) => ({
    id: child.id,
    name: child.name,
    description: rowById.get(child.id)!.description,
    ownerName: nameOf.get(rowById.get(child.id)!.ownerMembershipId ?? '') ?? null,
    totals: tree.totals.get(child.id) as Totals,
    subsystems: (tree.childrenOf.get(child.id) ?? []).map((s) => ({ id: s.id, name: s.name })),
    processes: processesIn(child.id)
      .filter((p) => p.process.status !== 'archived')
      .map((p) => ({ id: p.processId, name: p.process.name })),
  }));
  const archivedChildren = systemRows
    .filter((s) => s.archivedAt && s.parentId === systemId)
    .map((s) => ({ id: s.id, name: s.name, archivedAt: s.archivedAt! }));

  return {
    team: { id: team.id, name: team.name, slug: team.slug },
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
    /** Every live system, indented by depth, for "move to" pickers. */
    allSystems: flatten(tree),
  };
}

function flatten(tree: ReturnType<typeof buildSystemTree>) {
  const out: { id: string; name: string; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const s of tree.childrenOf.get(parent) ?? []) {
      out.push({ id: s.id, name: s.name, depth });
      if (depth < 50) walk(s.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
