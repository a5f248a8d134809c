import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { steps } from '@/db/schema';

// What an assignment does to its step: an accepted hand-off changes who performs it, a finished
// automation task leaves only the minutes still done by hand. Both are edits, so the step's
// version moves (an editor with the old version gets a conflict, not a silent overwrite).

/** An accepted hand-off: the assignee performs the step from now on. */
export async function makeStepPerformer(
  tx: Tx,
  {
    teamId,
    stepId,
    membershipId,
    userId,
  }: { teamId: string; stepId: string; membershipId: string; userId: string },
): Promise<void> {
  await tx
    .update(steps)
    .set({
      performerMembershipId: membershipId,
      version: sql`${steps.version} + 1`,
      updatedByUserId: userId,
      updatedAt: new Date(),
    })
    .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId)));
}

/** A finished automation task: the step takes only what is left by hand, and counts as automated. */
export async function markStepAutomated(
  tx: Tx,
  {
    teamId,
    stepId,
    remainingMinutes,
    userId,
    now,
  }: { teamId: string; stepId: string; remainingMinutes: number; userId: string; now: Date },
): Promise<void> {
  await tx
    .update(steps)
    .set({
      minutes: remainingMinutes,
      automatedAt: now,
      version: sql`${steps.version} + 1`,
      updatedByUserId: userId,
      updatedAt: now,
    })
    .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId)));
}

/** Automation that leaves some hand work saves only the share of the minutes it took away. */
export function automatedShare(minutesBefore: number, remainingMinutes: number): number {
  return minutesBefore > 0 ? Math.max(0, (minutesBefore - remainingMinutes) / minutesBefore) : 1;
}
