import 'server-only';
import { and, eq, max, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { steps, type DecisionSnapshot } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from '@/server/queries/activity';
import {
  forgetDecision,
  forgetRealizedRemoval,
  openAssignmentOf,
  recordRealized,
  writeDecision,
} from '@/server/queries/decisions';
import { stepWithProcess } from '@/server/queries/team-refs';

// Accepting "remove" is done the moment the step is archived; restoring it undoes the removal.

/** Archives a step (an accepted "remove", with its snapshot) or restores it, the decision kept in step. */
export async function setStepArchived(
  db: Db,
  {
    teamId,
    actorUserId,
    stepId,
    archived,
    finding,
  }: {
    teamId: string;
    actorUserId: string;
    stepId: string;
    archived: boolean;
    finding?: { snapshot: DecisionSnapshot };
  },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const { step } = await stepWithProcess(tx, teamId, stepId);
    if (Boolean(step.archivedAt) === archived) return;
    if (archived && (await openAssignmentOf(tx, teamId, stepId))) {
      throw new DomainError(
        'CONFLICT',
        'This step is handed to a teammate: wait until they finish or decline before removing it.',
      );
    }
    // A restored step goes to the end, so it never shares a position with a live one.
    const position = archived
      ? step.position
      : ((
          await first(
            tx
              .select({ p: max(steps.position) })
              .from(steps)
              .where(and(eq(steps.teamId, teamId), eq(steps.processId, step.processId))),
          )
        )?.p ?? -1) + 1;
    const now = new Date();
    await tx
      .update(steps)
      .set({
        archivedAt: archived ? now : null,
        position,
        version: sql`${steps.version} + 1`,
        updatedByUserId: actorUserId,
        updatedAt: now,
      })
      .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId)));
    if (archived && finding) {
      // Removing is done the moment the step is archived: its savings are realized.
      await writeDecision(tx, {
        teamId,
        stepId,
        action: 'remove',
        status: 'done',
        snapshot: finding.snapshot,
        decidedByUserId: actorUserId,
      });
      await recordRealized(tx, { teamId, stepId, action: 'remove', snapshot: finding.snapshot });
    }
    if (!archived) {
      await forgetRealizedRemoval(tx, teamId, stepId);
      await forgetDecision(tx, { teamId, stepId, action: 'remove' });
    }
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: step.processId,
      kind: archived ? 'step.archived' : 'step.restored',
      summary: archived
        ? `removed the step “${step.title}” (archived; it can be restored)`
        : `restored the step “${step.title}”`,
      data: { stepId },
    });
  });
}
