import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { insertMany } from '@/db/insert-many';
import { memberships, processes, steps, systems, users, whatIfs } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { DomainError } from '@/server/domain-error';
import { logActivity } from '@/server/queries/activity';
import { assertRoomForSteps } from '@/server/queries/team-refs';
import {
  validateImport,
  type ImportCounts,
  type ImportProblem,
  type ImportWarning,
  type PlanProcess,
  type PlanSystem,
} from './validate';

export type ImportResult =
  | {
      ok: true;
      counts: ImportCounts;
      warnings: ImportWarning[];
      /** The top-level systems the file created, in file order. */
      systemIds: string[];
    }
  | { ok: false; problems: ImportProblem[] };

type SystemRow = typeof systems.$inferInsert;
type ProcessRow = typeof processes.$inferInsert;
type StepRow = typeof steps.$inferInsert;
type WhatIfRow = typeof whatIfs.$inferInsert;

const membersQuery = (db: Db | Tx, teamId: string) =>
  db
    .select({ id: memberships.id, email: users.emailNormalized })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId));

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "3 systems, 12 processes and 87 steps". */
export function describeCounts(counts: ImportCounts): string {
  return (
    `${plural(counts.systems, 'system', 'systems')}, ` +
    `${plural(counts.processes, 'process', 'processes')} and ${plural(counts.steps, 'step', 'steps')}`
  );
}

/** The activity log's summary: "imported 3 systems, 12 processes and 87 steps". */
export function importSummary(counts: ImportCounts): string {
  return `imported ${describeCounts(counts)}`;
}

type SystemPlace = { id: string; parentId: string | null; archivedAt: Date | null };

/**
 * Where the imported systems go: checks the parent is a live system of the team (neither it nor
 * any system above it archived) and finds the position after its existing children. One read of
 * the team's systems serves both.
 */
async function placeUnder(tx: Tx, teamId: string, parentSystemId: string | null) {
  const all = await tx
    .select({
      id: systems.id,
      parentId: systems.parentId,
      archivedAt: systems.archivedAt,
      position: systems.position,
      name: systems.name,
    })
    .from(systems)
    .where(eq(systems.teamId, teamId));
  let parentName: string | null = null;
  if (parentSystemId !== null) {
    const byId = new Map<string, SystemPlace>(all.map((s) => [s.id, s]));
    const parent = all.find((s) => s.id === parentSystemId);
    if (!parent) throw new DomainError('NOT_FOUND', 'System not found.', 'parentSystemId');
    parentName = parent.name;
    for (let at: SystemPlace | undefined = parent; at;) {
      if (at.archivedAt)
        throw new DomainError(
          'CONFLICT',
          'That system is archived: restore it first.',
          'parentSystemId',
        );
      at = at.parentId ? byId.get(at.parentId) : undefined;
    }
  }
  let last = -1;
  for (const s of all) if (s.parentId === parentSystemId && s.position > last) last = s.position;
  return { parentName, firstPosition: last + 1 };
}

/**
 * Imports a file into a team: validates it whole first (a bad file writes nothing and comes
 * back with every problem), then writes every row in one transaction with a single activity
 * entry. Systems land after the existing ones, at the top level or under `parentSystemId`.
 */
export async function importIntoTeam(
  db: Db,
  {
    teamId,
    actorUserId,
    file,
    parentSystemId = null,
    now = new Date(),
  }: {
    teamId: string;
    actorUserId: string | null;
    /** The parsed JSON document, not yet validated. */
    file: unknown;
    parentSystemId?: string | null;
    now?: Date;
  },
): Promise<ImportResult> {
  // Validate before taking the write lock: parsing a large file must not block other writers.
  const members = await membersQuery(db, teamId);
  const checked = validateImport(file, { memberEmails: members.map((m) => m.email) });
  if (!checked.ok) return checked;
  const { plan, warnings } = checked;

  return withTransaction(db, async (tx) => {
    const { parentName, firstPosition } = await placeUnder(tx, teamId, parentSystemId);
    // An empty file (the export of an empty team) is valid and changes nothing.
    if (plan.counts.systems === 0)
      return { ok: true as const, counts: plan.counts, warnings, systemIds: [] };
    await assertRoomForSteps(tx, teamId, plan.counts.steps, { bulk: true, field: 'text' });
    // Read again under the lock: a member removed meanwhile becomes "unassigned", not a broken row.
    const memberIds = new Map((await membersQuery(tx, teamId)).map((m) => [m.email, m.id]));
    const member = (email: string | null) => (email ? (memberIds.get(email) ?? null) : null);

    const systemRows: SystemRow[] = [];
    const processRows: ProcessRow[] = [];
    const stepRows: StepRow[] = [];
    const whatIfRows: WhatIfRow[] = [];
    const processIds: string[] = [];
    const pendingLinks: { row: WhatIfRow; index: number }[] = [];

    const addProcess = (process: PlanProcess, systemId: string, position: number) => {
      const processId = crypto.randomUUID();
      processIds[process.index] = processId;
      processRows.push({
        id: processId,
        teamId,
        systemId,
        name: process.name,
        purpose: process.purpose,
        trigger: process.trigger,
        ownerMembershipId: member(process.ownerEmail),
        frequencyPeriod: process.frequency.period,
        frequencyCount:
          process.frequency.period === 'on_demand'
            ? process.frequency.runsPerYear
            : process.frequency.count,
        status: process.status,
        position,
        updatedByUserId: actorUserId,
        createdAt: now,
        updatedAt: now,
      });
      process.steps.forEach((step, stepPosition) => {
        const stepId = crypto.randomUUID();
        stepRows.push({
          id: stepId,
          teamId,
          processId,
          position: stepPosition,
          title: step.title,
          details: step.details,
          kind: step.kind,
          performerMembershipId: member(step.performerEmail),
          minutes: step.minutes,
          waitMinutes: step.waitMinutes,
          probability: step.probability,
          value: step.value,
          ruleBased: step.ruleBased,
          needsJudgment: step.needsJudgment,
          tools: step.tools,
          automationEffortHours: step.automationEffortHours,
          updatedByUserId: actorUserId,
          createdAt: now,
          updatedAt: now,
        });
        step.whatIfs.forEach((whatIf, whatIfPosition) => {
          const row: WhatIfRow = {
            id: crypto.randomUUID(),
            teamId,
            stepId,
            position: whatIfPosition,
            condition: whatIf.condition,
            action: whatIf.action,
            linkedProcessId: null,
          };
          whatIfRows.push(row);
          if (whatIf.linkedProcessIndex !== null)
            pendingLinks.push({ row, index: whatIf.linkedProcessIndex });
        });
      });
    };

    const addSystem = (system: PlanSystem, parentId: string | null, position: number) => {
      const id = crypto.randomUUID();
      systemRows.push({
        id,
        teamId,
        parentId,
        name: system.name,
        description: system.description,
        ownerMembershipId: member(system.ownerEmail),
        position,
        createdAt: now,
        updatedAt: now,
      });
      system.processes.forEach((p, i) => addProcess(p, id, i));
      system.systems.forEach((s, i) => addSystem(s, id, i));
      return id;
    };

    const systemIds = plan.systems.map((s, i) => addSystem(s, parentSystemId, firstPosition + i));
    // Links can point forward in the file, so they are resolved once every process has its id.
    for (const { row, index } of pendingLinks) row.linkedProcessId = processIds[index] ?? null;

    // Parents before children: a system's row precedes its subsystems' in systemRows.
    await insertMany(tx, systems, systemRows);
    await insertMany(tx, processes, processRows);
    await insertMany(tx, steps, stepRows);
    await insertMany(tx, whatIfs, whatIfRows);

    await logActivity(tx, {
      teamId,
      actorUserId,
      kind: 'team.imported',
      summary: importSummary(plan.counts) + (parentName ? ` into ${parentName}` : ''),
      data: {
        ...plan.counts,
        parentSystemId,
        systemIds,
        warnings: warnings.length,
      },
    });
    return { ok: true as const, counts: plan.counts, warnings, systemIds };
  });
}
