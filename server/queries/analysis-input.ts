import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first, selectRows } from '@/db/raw';
import { withReadSnapshot } from '@/db/transaction';
import { memberships, processes, steps, systems, teams, users } from '@/db/schema';
import type {
  AnalysisInput,
  AnalysisMember,
  AnalysisProcess,
  AnalysisSystem,
  Period,
  StepKind,
  StepValue,
} from '@/server/analysis';
import { DomainError } from '@/server/domain-error';
import { committedHoursByAssignee } from './capacity';
import { liveSystemIds } from './live-systems';

/**
 * Everything the streamlining analysis needs for one team, in six queries whatever its size:
 * settings, members, systems, live processes, their steps, and capacity already handed over.
 * Archived systems hide everything under them, so a system counts only when neither it nor any
 * system above it is archived; archived processes (status 'archived') are left out.
 *
 * `lean` leaves out what the rules never read (step titles, kinds, positions and waits, process
 * names):
 * the report reads those only for the findings it shows, and the steps are by far the biggest
 * read. Rows come back as arrays (no per-row objects) for the same reason.
 */
export async function readAnalysisInput(
  tx: Tx | Db,
  teamId: string,
  { lean }: { lean: boolean },
): Promise<{ input: AnalysisInput; dataVersion: number }> {
  const team = await first(tx.select().from(teams).where(eq(teams.id, teamId)));
  if (!team) throw new DomainError('NOT_FOUND', 'Team not found.');
  const members = await tx
    .select({
      membershipId: memberships.id,
      name: users.name,
      hourlyCost: memberships.hourlyCost,
      weeklyCapacityHours: memberships.weeklyCapacityHours,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId));
  const systemRows = await tx
    .select({
      id: systems.id,
      parentId: systems.parentId,
      name: systems.name,
      archivedAt: systems.archivedAt,
    })
    .from(systems)
    .where(eq(systems.teamId, teamId));
  const processRows = await selectRows(
    tx,
    tx
      .select({
        id: processes.id,
        systemId: processes.systemId,
        frequencyPeriod: processes.frequencyPeriod,
        frequencyCount: processes.frequencyCount,
        name: lean ? sql<null>`null` : processes.name,
      })
      .from(processes)
      .where(and(eq(processes.teamId, teamId), ne(processes.status, 'archived'))),
  );
  const stepRows = await selectRows(
    tx,
    tx
      .select({
        id: steps.id,
        processId: steps.processId,
        performerId: steps.performerMembershipId,
        minutes: steps.minutes,
        probability: steps.probability,
        value: steps.value,
        ruleBased: steps.ruleBased,
        needsJudgment: steps.needsJudgment,
        automationEffortHours: steps.automationEffortHours,
        automated: sql<boolean>`${steps.automatedAt} is not null`,
        ...(lean
          ? {}
          : {
              waitMinutes: steps.waitMinutes,
              position: steps.position,
              title: steps.title,
              kind: steps.kind,
            }),
      })
      .from(steps)
      .where(and(eq(steps.teamId, teamId), isNull(steps.archivedAt)))
      // By process: the read walks the (team, process, position) index, whose rows sit together
      // on disk, rather than the team's steps in id order, which are scattered.
      .orderBy(steps.processId),
  );
  // Work already handed over takes from a teammate's capacity for delegated work.
  const committed = await committedHoursByAssignee(tx, { teamId });

  const liveIds = liveSystemIds(systemRows);
  const liveSystems: AnalysisSystem[] = systemRows
    .filter((s) => liveIds.has(s.id))
    .map((s) => ({ id: s.id, parentId: s.parentId, name: s.name }));

  const live = new Map<string, AnalysisProcess>();
  for (const [id, systemId, period, count, name] of processRows) {
    if (!liveIds.has(systemId as string)) continue;
    const process: AnalysisProcess = {
      id: id as string,
      systemId: systemId as string,
      frequency:
        period === 'on_demand'
          ? { period: 'on_demand', runsPerYear: count as number }
          : { period: period as Exclude<Period, 'on_demand'>, count: count as number },
      steps: [],
    };
    if (!lean) process.name = name as string;
    live.set(process.id, process);
  }
  for (const row of stepRows) {
    const process = live.get(row[1] as string);
    if (!process) continue;
    const step: AnalysisProcess['steps'][number] = {
      id: row[0] as string,
      performerId: row[2] as string | null,
      minutes: row[3] as number,
      probability: row[4] as number,
      value: row[5] as StepValue,
      // Raw values: SQLite stores booleans as 0/1.
      ruleBased: Boolean(row[6]),
      needsJudgment: Boolean(row[7]),
      automationEffortHours: row[8] as number | null,
    };
    if (row[9]) step.automated = true;
    if (!lean) {
      step.waitMinutes = row[10] as number | null;
      step.position = row[11] as number;
      step.title = row[12] as string;
      step.kind = row[13] as StepKind;
    }
    process.steps.push(step);
  }
  if (!lean) for (const p of live.values()) p.steps.sort((a, b) => a.position! - b.position!);

  const memberList: AnalysisMember[] = members.map((m) => ({
    ...m,
    committedHoursPerWeek: committed.get(m.membershipId) ?? 0,
  }));
  return {
    dataVersion: team.dataVersion,
    input: {
      settings: {
        currency: team.currency,
        defaultHourlyCost: team.defaultHourlyCost,
        workingDaysPerWeek: team.workingDaysPerWeek,
        weeksPerYear: team.weeksPerYear,
        horizonYears: team.horizonYears,
        defaultAutomationEffortHours: team.defaultAutomationEffortHours,
        minHoursPerYear: team.minHoursPerYear,
      },
      members: memberList,
      systems: liveSystems,
      processes: [...live.values()],
    },
  };
}

/** The whole analysis input, names and titles included, read in one consistent snapshot. */
export async function loadAnalysisInput(
  db: Db,
  { teamId }: { teamId: string },
): Promise<AnalysisInput> {
  return (await withReadSnapshot(db, (tx) => readAnalysisInput(tx, teamId, { lean: false }))).input;
}
