import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assignments, decisions, type Decision, type DecisionSnapshot } from '@/db/schema';

// The two facts every review and hand-off transaction checks or writes about a step.

/** The step's assignment still in someone's hands (assigned or accepted), if any. */
export function openAssignmentOf(tx: Tx, teamId: string, stepId: string) {
  return tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.teamId, teamId),
        eq(assignments.stepId, stepId),
        inArray(assignments.status, ['assigned', 'accepted']),
      ),
    )
    .get();
}

/** Records the team's latest verdict on a step's finding (one row per step). */
export function writeDecision(
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
): void {
  const values = { action, status, reason, snapshot, decidedByUserId, decidedAt: new Date() };
  tx.insert(decisions)
    .values({ teamId, stepId, ...values })
    .onConflictDoUpdate({ target: [decisions.teamId, decisions.stepId], set: values })
    .run();
}
