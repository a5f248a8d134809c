import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { first } from '@/db/raw';
import {
  assignments,
  decisions,
  processes,
  realizedSavings,
  steps,
  type AssignmentStatus,
  type Decision,
  type DecisionSnapshot,
} from '@/db/schema';

// What review and hand-off transactions check or write about a step: its open hand-off, the
// team's verdict, and the savings a finished change achieved.

/** An assignment still in someone's hands: not yet declined or done. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['assigned', 'accepted'];

/** The step's verdict on one action: what a decision row is found by. */
const verdictOn = (teamId: string, stepId: string, action: Decision['action']) =>
  and(eq(decisions.teamId, teamId), eq(decisions.stepId, stepId), eq(decisions.action, action));

/** The step's assignment still in someone's hands (assigned or accepted), if any. */
export async function openAssignmentOf(tx: Tx, teamId: string, stepId: string) {
  return first(
    tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(
        and(
          eq(assignments.teamId, teamId),
          eq(assignments.stepId, stepId),
          inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES]),
        ),
      )
      .limit(1),
  );
}

/** Records the team's latest verdict on a step's finding (one row per step). */
export async function writeDecision(
  tx: Tx,
  {
    teamId,
    stepId,
    action,
    status,
    reason = '',
    snapshot,
    decidedByUserId,
  }: {
    teamId: string;
    stepId: string;
    action: Decision['action'];
    status: Decision['status'];
    reason?: string;
    snapshot: DecisionSnapshot;
    decidedByUserId: string;
  },
): Promise<void> {
  const values = { action, status, reason, snapshot, decidedByUserId, decidedAt: new Date() };
  await tx
    .insert(decisions)
    .values({ teamId, stepId, ...values })
    .onConflictDoUpdate({ target: [decisions.teamId, decisions.stepId], set: values });
}

/** Deletes the step's verdict on `action` (only in `status`, when given): its finding is open again. */
export async function forgetDecision(
  tx: Tx,
  {
    teamId,
    stepId,
    action,
    status,
  }: {
    teamId: string;
    stepId: string;
    action: Decision['action'];
    status?: Decision['status'];
  },
): Promise<void> {
  await tx
    .delete(decisions)
    .where(
      and(verdictOn(teamId, stepId, action), status ? eq(decisions.status, status) : undefined),
    );
}

/** A hand-off that will not happen (declined, or its assignee left): the finding is open again. */
export async function reopenAcceptedDecision(
  tx: Tx,
  teamId: string,
  stepId: string,
  action: Decision['action'],
): Promise<void> {
  await forgetDecision(tx, { teamId, stepId, action, status: 'accepted' });
}

/** Books what a finished change saves, under the system the step sits in now. */
export async function recordRealized(
  tx: Tx,
  {
    teamId,
    stepId,
    action,
    snapshot,
    share = 1,
  }: {
    teamId: string;
    stepId: string;
    action: Decision['action'];
    snapshot: DecisionSnapshot;
    share?: number;
  },
): Promise<void> {
  const where = await first(
    tx
      .select({ systemId: processes.systemId })
      .from(steps)
      .innerJoin(processes, eq(processes.id, steps.processId))
      .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId)))
      .limit(1),
  );
  await tx.insert(realizedSavings).values({
    teamId,
    stepId,
    systemId: where?.systemId ?? null,
    action,
    costSavedPerYear: (snapshot.costSavedPerYear ?? 0) * share,
    hoursSavedPerYear: (snapshot.hoursSavedPerYear ?? 0) * share,
    hoursFreedPerYear: (snapshot.hoursFreedPerYear ?? 0) * share,
  });
}

/**
 * A finished change: books what its verdict's snapshot saves (`share` of it, for automation that
 * leaves some hand work) and marks the verdict done. Without a verdict, nothing is booked.
 */
export async function markDecisionDone(
  tx: Tx,
  {
    teamId,
    stepId,
    action,
    share,
  }: { teamId: string; stepId: string; action: Decision['action']; share: number },
): Promise<void> {
  const decision = await first(
    tx
      .select({ snapshot: decisions.snapshot })
      .from(decisions)
      .where(verdictOn(teamId, stepId, action))
      .limit(1),
  );
  const snapshot = decision?.snapshot;
  if (snapshot) await recordRealized(tx, { teamId, stepId, action, snapshot, share });
  // The realized row holds the numbers; the verdict just records that the work is done.
  await tx
    .update(decisions)
    .set({ status: 'done' })
    .where(verdictOn(teamId, stepId, action));
}

/** A restored step was not removed after all: its removal saves nothing. */
export async function forgetRealizedRemoval(tx: Tx, teamId: string, stepId: string): Promise<void> {
  await tx
    .delete(realizedSavings)
    .where(
      and(
        eq(realizedSavings.teamId, teamId),
        eq(realizedSavings.stepId, stepId),
        eq(realizedSavings.action, 'remove'),
      ),
    );
}
