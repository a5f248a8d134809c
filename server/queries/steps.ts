import 'server-only';
import { and, asc, eq, gt, isNull, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { steps, type Step } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { openAssignmentOf } from './decisions';
import { conflictError } from './processes';
import { assertMemberOfTeam, assertRoomForSteps, processOfTeam, stepOfTeam } from './team-refs';
import { replaceWhatIfs, whatIfValuesOf, type WhatIfValues } from './what-ifs';

export type StepValues = {
  title: string;
  details: string;
  kind: Step['kind'];
  performerMembershipId: string | null;
  minutes: number;
  waitMinutes: number | null;
  probability: number;
  value: Step['value'];
  ruleBased: boolean;
  needsJudgment: boolean;
  tools: string[];
  automationEffortHours: number | null;
  whatIfs: WhatIfValues[];
};

/**
 * Moves every step after `position` by one: +1 opens a gap for a step inserted there, −1 closes
 * the gap a deleted step left, so positions stay 0..n-1.
 */
async function shiftStepsAfter(
  tx: Tx,
  { teamId, processId, position }: { teamId: string; processId: string; position: number },
  by: 1 | -1,
) {
  await tx
    .update(steps)
    .set({ position: by === 1 ? sql`${steps.position} + 1` : sql`${steps.position} - 1` })
    .where(
      and(eq(steps.teamId, teamId), eq(steps.processId, processId), gt(steps.position, position)),
    );
}

/**
 * What creating and editing a step share: the performer must be a member of the team, the row
 * is written by `write`, then the step's what-ifs are replaced by the given ones.
 */
async function saveStep(
  tx: Tx,
  teamId: string,
  values: StepValues,
  write: (fields: Omit<StepValues, 'whatIfs'>) => Promise<Step>,
): Promise<Step> {
  const { whatIfs: list, ...fields } = values;
  await assertMemberOfTeam(tx, teamId, fields.performerMembershipId, 'performerMembershipId');
  const step = await write(fields);
  await replaceWhatIfs(tx, teamId, step.id, list);
  return step;
}

async function insertStep(
  tx: Tx,
  teamId: string,
  processId: string,
  position: number,
  values: StepValues,
  actorUserId: string,
): Promise<Step> {
  await assertRoomForSteps(tx, teamId, 1);
  return saveStep(
    tx,
    teamId,
    values,
    async (fields) =>
      (
        await tx
          .insert(steps)
          .values({ teamId, processId, position, ...fields, updatedByUserId: actorUserId })
          .returning()
      )[0]!,
  );
}

export async function createStep(
  db: Db,
  {
    teamId,
    actorUserId,
    processId,
    afterStepId,
    values,
  }: {
    teamId: string;
    actorUserId: string;
    processId: string;
    afterStepId: string | null;
    values: StepValues;
  },
): Promise<Step> {
  return withTransaction(db, async (tx) => {
    const process = await processOfTeam(tx, teamId, processId);
    let position: number;
    if (afterStepId) {
      const after = await stepOfTeam(tx, teamId, afterStepId);
      if (after.processId !== processId) throw new DomainError('NOT_FOUND', 'Step not found.');
      await shiftStepsAfter(tx, { teamId, processId, position: after.position }, 1);
      position = after.position + 1;
    } else {
      const last = (
        await first(
          tx
            .select({ p: max(steps.position) })
            .from(steps)
            .where(and(eq(steps.teamId, teamId), eq(steps.processId, processId))),
        )
      )?.p;
      position = last == null ? 0 : last + 1;
    }
    const step = await insertStep(tx, teamId, processId, position, values, actorUserId);
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId,
      kind: 'step.created',
      summary: `added the step “${step.title}” to ${process.name}`,
    });
    return step;
  });
}

export async function updateStep(
  db: Db,
  {
    teamId,
    actorUserId,
    stepId,
    version,
    values,
  }: { teamId: string; actorUserId: string; stepId: string; version: number; values: StepValues },
): Promise<Step> {
  return withTransaction(db, async (tx) => {
    const before = await stepOfTeam(tx, teamId, stepId);
    if (before.version !== version) throw await conflictError(tx, 'step', before.updatedByUserId);
    const after = await saveStep(
      tx,
      teamId,
      values,
      async (fields) =>
        (
          await tx
            .update(steps)
            .set({
              ...fields,
              version: version + 1,
              updatedByUserId: actorUserId,
              updatedAt: new Date(),
            })
            .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId), eq(steps.version, version)))
            .returning()
        )[0]!,
    );
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: before.processId,
      kind: 'step.updated',
      summary: `edited the step “${after.title}”`,
    });
    return after;
  });
}

/** A change to one step of the team, by the signed-in user. */
type StepChange = { teamId: string; actorUserId: string; stepId: string };

/** Copies a step (with its what-ifs) right after itself. */
export async function duplicateStep(
  db: Db,
  { teamId, actorUserId, stepId }: StepChange,
): Promise<Step> {
  return withTransaction(db, async (tx) => {
    const original = await stepOfTeam(tx, teamId, stepId);
    const ifs = await whatIfValuesOf(tx, teamId, stepId);
    await shiftStepsAfter(tx, original, 1);
    const copy = await insertStep(
      tx,
      teamId,
      original.processId,
      original.position + 1,
      {
        title: `${original.title} (copy)`.slice(0, 200),
        details: original.details,
        kind: original.kind,
        performerMembershipId: original.performerMembershipId,
        minutes: original.minutes,
        waitMinutes: original.waitMinutes,
        probability: original.probability,
        value: original.value,
        ruleBased: original.ruleBased,
        needsJudgment: original.needsJudgment,
        tools: original.tools,
        automationEffortHours: original.automationEffortHours,
        whatIfs: ifs,
      },
      actorUserId,
    );
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: original.processId,
      kind: 'step.duplicated',
      summary: `duplicated the step “${original.title}”`,
    });
    return copy;
  });
}

export async function deleteStep(
  db: Db,
  { teamId, actorUserId, stepId }: StepChange,
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const step = await stepOfTeam(tx, teamId, stepId);
    if (await openAssignmentOf(tx, teamId, stepId)) {
      throw new DomainError(
        'CONFLICT',
        'This step is handed to a teammate: wait until they finish or decline before deleting it.',
      );
    }
    await tx.delete(steps).where(and(eq(steps.teamId, teamId), eq(steps.id, stepId)));
    await shiftStepsAfter(tx, step, -1);
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: step.processId,
      kind: 'step.deleted',
      summary: `deleted the step “${step.title}”`,
    });
  });
}

/** Puts a process's steps in the given order, all or nothing; the ids must be exactly its steps. */
export async function reorderSteps(
  db: Db,
  {
    teamId,
    actorUserId,
    processId,
    orderedIds,
  }: { teamId: string; actorUserId: string; processId: string; orderedIds: string[] },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const process = await processOfTeam(tx, teamId, processId);
    const current = await tx
      .select({ id: steps.id, position: steps.position })
      .from(steps)
      .where(
        and(eq(steps.teamId, teamId), eq(steps.processId, processId), isNull(steps.archivedAt)),
      )
      .orderBy(asc(steps.position));
    const ids = new Set(orderedIds);
    if (
      current.length !== orderedIds.length ||
      ids.size !== orderedIds.length ||
      current.some((c) => !ids.has(c.id))
    ) {
      throw new DomainError(
        'CONFLICT',
        'The steps changed since you loaded them. Reload and try again.',
      );
    }
    if (current.every((c, i) => c.id === orderedIds[i])) return;
    for (const [position, id] of orderedIds.entries()) {
      await tx
        .update(steps)
        .set({ position })
        .where(and(eq(steps.teamId, teamId), eq(steps.id, id)));
    }
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId,
      kind: 'steps.reordered',
      summary: `reordered the steps of ${process.name}`,
    });
  });
}
