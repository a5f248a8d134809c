import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { decisions, steps } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from '@/server/queries/activity';
import { openAssignmentOf, writeDecision } from '@/server/queries/decisions';
import type { Snapshot } from './status';

/**
 * Records (or replaces) a dismissal of a step's finding, with the activity entry, in one
 * transaction. Acceptances are written with their effect (archive.ts, hand-off.ts), never alone.
 */
export async function recordDismissal(
  db: Db,
  {
    teamId,
    actorUserId,
    stepId,
    action,
    reason,
    snapshot,
  }: {
    teamId: string;
    actorUserId: string;
    stepId: string;
    action: 'remove' | 'automate' | 'delegate';
    reason: string;
    snapshot: Snapshot;
  },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const step = await first(
      tx
        .select({ title: steps.title, processId: steps.processId })
        .from(steps)
        .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId))),
    );
    if (!step) throw new DomainError('NOT_FOUND', 'Step not found.');
    await writeDecision(tx, {
      teamId,
      stepId,
      action,
      status: 'dismissed',
      reason,
      snapshot,
      decidedByUserId: actorUserId,
    });
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: step.processId,
      kind: 'finding.dismissed',
      summary: `dismissed “${action}” for the step “${step.title}”${reason ? ` (${reason})` : ''}`,
      data: { stepId, action },
    });
  });
}

export async function reopenDecision(
  db: Db,
  { teamId, actorUserId, stepId }: { teamId: string; actorUserId: string; stepId: string },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const row = await first(
      tx
        .select({
          action: decisions.action,
          status: decisions.status,
          title: steps.title,
          processId: steps.processId,
        })
        .from(decisions)
        .innerJoin(steps, eq(steps.id, decisions.stepId))
        .where(and(eq(decisions.teamId, teamId), eq(decisions.stepId, stepId))),
    );
    if (!row) throw new DomainError('NOT_FOUND', 'There is no decision on this step to reopen.');
    // Done work is history (its savings are realized); accepted work is in someone's hands.
    if (row.status === 'done') {
      throw new DomainError(
        'CONFLICT',
        'This finding is done and its savings are realized: it cannot be reopened.',
      );
    }
    if (await openAssignmentOf(tx, teamId, stepId)) {
      throw new DomainError(
        'CONFLICT',
        'This step is handed to a teammate: it reopens if they decline.',
      );
    }
    await tx
      .delete(decisions)
      .where(and(eq(decisions.teamId, teamId), eq(decisions.stepId, stepId)));
    await logActivity(tx, {
      teamId,
      actorUserId,
      processId: row.processId,
      kind: 'finding.reopened',
      summary: `reopened “${row.action}” for the step “${row.title}”`,
      data: { stepId },
    });
  });
}
