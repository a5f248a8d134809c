import 'server-only';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import {
  processes,
  steps,
  users,
  whatIfs,
  type Process,
  type Step,
  type WhatIf,
} from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { frequencyOf } from '@/server/process-frequency';
import { logActivity } from './activity';

export { frequencyOf };
import { assertMemberOfTeam, processOfTeam, systemOfTeam } from './team-refs';

export type ProcessValues = {
  name: string;
  purpose: string;
  trigger: string;
  ownerMembershipId: string | null;
  frequency:
    | { period: 'day' | 'week' | 'month' | 'quarter' | 'year'; count: number }
    | { period: 'on_demand'; runsPerYear: number };
  status: Process['status'];
};

/** The stored columns for a frequency: a count per period, or on demand with runs per year. */
function frequencyColumns(f: ProcessValues['frequency']) {
  return f.period === 'on_demand'
    ? { frequencyPeriod: f.period, frequencyCount: f.runsPerYear }
    : { frequencyPeriod: f.period, frequencyCount: f.count };
}

/** Refuses a save made against an older version, naming who changed it since. */
export async function conflictError(
  tx: Tx,
  what: 'process' | 'step',
  updatedByUserId: string | null,
): Promise<DomainError> {
  const who = updatedByUserId
    ? (
        await first(
          tx.select({ name: users.name }).from(users).where(eq(users.id, updatedByUserId)),
        )
      )?.name
    : undefined;
  return new DomainError(
    'CONFLICT',
    `${who ?? 'Someone'} changed this ${what} after you opened it, so your save was not applied. Reload to see their changes, then redo yours.`,
  );
}

export async function createProcess(
  db: Db,
  {
    teamId,
    actorUserId,
    systemId,
    values,
  }: { teamId: string; actorUserId: string; systemId: string; values: ProcessValues },
): Promise<Process> {
  return withTransaction(db, async (tx) => {
    const system = await systemOfTeam(tx, teamId, systemId);
    if (system.archivedAt)
      throw new DomainError('CONFLICT', 'That system is archived: restore it first.');
    await assertMemberOfTeam(tx, teamId, values.ownerMembershipId, 'ownerMembershipId');
    const last = (
      await first(
        tx
          .select({ p: max(processes.position) })
          .from(processes)
          .where(and(eq(processes.teamId, teamId), eq(processes.systemId, systemId))),
      )
    )?.p;
    const { frequency, ...rest } = values;
    const process = (
      await tx
        .insert(processes)
        .values({
          teamId,
          systemId,
          ...rest,
          ...frequencyColumns(frequency),
          position: last == null ? 0 : last + 1,
          updatedByUserId: actorUserId,
        })
        .returning()
    )[0]!;
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: process.id,
      kind: 'process.created',
      summary: `created the process ${process.name} in ${system.name}`,
    });
    return process;
  });
}

export async function updateProcess(
  db: Db,
  {
    teamId,
    actorUserId,
    processId,
    version,
    values,
  }: {
    teamId: string;
    actorUserId: string;
    processId: string;
    version: number;
    values: ProcessValues;
  },
): Promise<Process> {
  return withTransaction(db, async (tx) => {
    const before = await processOfTeam(tx, teamId, processId);
    if (before.version !== version)
      throw await conflictError(tx, 'process', before.updatedByUserId);
    await assertMemberOfTeam(tx, teamId, values.ownerMembershipId, 'ownerMembershipId');
    const { frequency, ...rest } = values;
    const after = (
      await tx
        .update(processes)
        .set({
          ...rest,
          ...frequencyColumns(frequency),
          version: version + 1,
          updatedByUserId: actorUserId,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(processes.teamId, teamId),
            eq(processes.id, processId),
            eq(processes.version, version),
          ),
        )
        .returning()
    )[0]!;
    const kind =
      before.status !== 'archived' && after.status === 'archived'
        ? 'process.archived'
        : before.status === 'archived' && after.status !== 'archived'
          ? 'process.restored'
          : 'process.updated';
    const verb = {
      'process.archived': 'archived',
      'process.restored': 'restored',
      'process.updated': 'updated',
    }[kind];
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId,
      kind,
      summary: `${verb} the process ${after.name}`,
    });
    return after;
  });
}

export type StepWithWhatIfs = Step & { whatIfs: WhatIf[] };
/** Live steps in order; archived ones (removed by an accepted finding) apart, to restore. */
export type ProcessDetail = { process: Process; steps: StepWithWhatIfs[]; archivedSteps: Step[] };

/** A process with its steps in order and each step's what-ifs: three queries, whatever its size. */
export async function getProcessDetail(
  db: Db,
  { teamId, processId }: { teamId: string; processId: string },
): Promise<ProcessDetail | undefined> {
  const process = await first(
    db
      .select()
      .from(processes)
      .where(and(eq(processes.teamId, teamId), eq(processes.id, processId))),
  );
  if (!process) return undefined;
  const stepRows = await db
    .select()
    .from(steps)
    .where(and(eq(steps.teamId, teamId), eq(steps.processId, processId)))
    .orderBy(asc(steps.position), asc(steps.id));
  // By the process's step ids (a subquery): the (team, step) index reads just these what-ifs.
  const ifRows =
    stepRows.length === 0
      ? []
      : await db
          .select()
          .from(whatIfs)
          .where(
            and(
              eq(whatIfs.teamId, teamId),
              inArray(
                whatIfs.stepId,
                db
                  .select({ id: steps.id })
                  .from(steps)
                  .where(and(eq(steps.teamId, teamId), eq(steps.processId, processId))),
              ),
            ),
          )
          .orderBy(asc(whatIfs.position), asc(whatIfs.id));
  const byStep = new Map<string, WhatIf[]>();
  for (const whatIf of ifRows) {
    const list = byStep.get(whatIf.stepId) ?? [];
    list.push(whatIf);
    byStep.set(whatIf.stepId, list);
  }
  return {
    process,
    steps: stepRows
      .filter((s) => !s.archivedAt)
      .map((s) => ({ ...s, whatIfs: byStep.get(s.id) ?? [] })),
    archivedSteps: stepRows.filter((s) => s.archivedAt),
  };
}

/** The team's processes (any status), or only `ids`, with just what lists and links need. */
export async function listProcessNames(
  db: Db,
  { teamId, ids }: { teamId: string; ids?: readonly string[] },
) {
  return db
    .select({
      id: processes.id,
      name: processes.name,
      systemId: processes.systemId,
      status: processes.status,
    })
    .from(processes)
    .where(and(eq(processes.teamId, teamId), ids ? inArray(processes.id, [...ids]) : undefined))
    .orderBy(asc(processes.name), asc(processes.id));
}
