import 'server-only';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { assignments, memberships, processes, steps, systems, teams, users } from '@/db/schema';
import type {
  AnalysisInput,
  AnalysisProcess,
  AnalysisStep,
  AnalysisSystem,
} from '@/server/analysis';
import { DomainError } from '@/server/domain-error';

/**
 * Everything the streamlining analysis needs for one team, in six queries whatever its size:
 * settings, members, systems, live processes, their steps. Archived systems hide everything
 * under them, so a system counts only when neither it nor any system above it is archived;
 * archived processes (status 'archived') are left out.
 */
export async function loadAnalysisInput(
  db: Db,
  { teamId }: { teamId: string },
): Promise<AnalysisInput> {
  const [team, memberRows, systemRows, processRows, stepRows, committedRows] = await Promise.all([
    db.select().from(teams).where(eq(teams.id, teamId)).get(),
    db
      .select({
        membershipId: memberships.id,
        name: users.name,
        hourlyCost: memberships.hourlyCost,
        weeklyCapacityHours: memberships.weeklyCapacityHours,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.teamId, teamId)),
    db
      .select({
        id: systems.id,
        parentId: systems.parentId,
        name: systems.name,
        archivedAt: systems.archivedAt,
      })
      .from(systems)
      .where(eq(systems.teamId, teamId)),
    db
      .select({
        id: processes.id,
        systemId: processes.systemId,
        name: processes.name,
        frequencyPeriod: processes.frequencyPeriod,
        frequencyCount: processes.frequencyCount,
      })
      .from(processes)
      .where(and(eq(processes.teamId, teamId), ne(processes.status, 'archived'))),
    db
      .select({
        id: steps.id,
        processId: steps.processId,
        position: steps.position,
        title: steps.title,
        kind: steps.kind,
        performerId: steps.performerMembershipId,
        minutes: steps.minutes,
        waitMinutes: steps.waitMinutes,
        probability: steps.probability,
        value: steps.value,
        ruleBased: steps.ruleBased,
        needsJudgment: steps.needsJudgment,
        automationEffortHours: steps.automationEffortHours,
      })
      .from(steps)
      .where(and(eq(steps.teamId, teamId), isNull(steps.archivedAt))),
    // Work already handed over takes from a teammate's capacity for delegated work.
    db
      .select({
        membershipId: assignments.assigneeMembershipId,
        hours: sql<number>`sum(${assignments.hoursPerWeek})`,
      })
      .from(assignments)
      .innerJoin(steps, eq(steps.id, assignments.stepId))
      .where(
        and(
          eq(assignments.teamId, teamId),
          eq(assignments.kind, 'delegate'),
          ne(assignments.status, 'declined'),
          isNull(steps.archivedAt),
          // Pending hand-offs, and taken-over steps the assignee still performs.
          or(
            eq(assignments.status, 'assigned'),
            eq(steps.performerMembershipId, assignments.assigneeMembershipId),
          ),
        ),
      )
      .groupBy(assignments.assigneeMembershipId),
  ]);
  if (!team) throw new DomainError('NOT_FOUND', 'Team not found.');

  const byId = new Map(systemRows.map((s) => [s.id, s]));
  const liveMemo = new Map<string, boolean>();
  const isLive = (id: string): boolean => {
    const known = liveMemo.get(id);
    if (known !== undefined) return known;
    liveMemo.set(id, false); // guards against a cycle, which the app never writes
    const s = byId.get(id);
    const live = !!s && s.archivedAt === null && (s.parentId === null || isLive(s.parentId));
    liveMemo.set(id, live);
    return live;
  };
  const liveSystems: AnalysisSystem[] = systemRows
    .filter((s) => isLive(s.id))
    .map((s) => ({ id: s.id, parentId: s.parentId, name: s.name }));

  const live = new Map<string, AnalysisProcess>();
  for (const p of processRows) {
    if (!isLive(p.systemId)) continue;
    live.set(p.id, {
      id: p.id,
      systemId: p.systemId,
      name: p.name,
      frequency:
        p.frequencyPeriod === 'on_demand'
          ? { period: 'on_demand', runsPerYear: p.frequencyCount }
          : { period: p.frequencyPeriod, count: p.frequencyCount },
      steps: [],
    });
  }
  for (const { processId, ...step } of stepRows) {
    live.get(processId)?.steps.push(step satisfies AnalysisStep);
  }
  for (const p of live.values()) p.steps.sort((a, b) => a.position - b.position);

  const committed = new Map(committedRows.map((r) => [r.membershipId, r.hours]));
  return {
    settings: {
      currency: team.currency,
      defaultHourlyCost: team.defaultHourlyCost,
      workingDaysPerWeek: team.workingDaysPerWeek,
      weeksPerYear: team.weeksPerYear,
      horizonYears: team.horizonYears,
      defaultAutomationEffortHours: team.defaultAutomationEffortHours,
      minHoursPerYear: team.minHoursPerYear,
    },
    members: memberRows.map((m) => ({
      ...m,
      committedHoursPerWeek: committed.get(m.membershipId) ?? 0,
    })),
    systems: liveSystems,
    processes: [...live.values()],
  };
}
