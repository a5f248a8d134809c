import 'server-only';
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { assignments, steps } from '@/db/schema';
import { OPEN_ASSIGNMENT_STATUSES } from './decisions';

// Hours a week of delegated work per assignee, as the capacity views and the analysis count it.

/** What both reads select: hours a week summed per assignee. */
const hoursPerAssignee = () => ({
  membershipId: assignments.assigneeMembershipId,
  // A number on both engines (PostgreSQL's sum of double precision is one; SQLite's too).
  hours: sql<number>`sum(${assignments.hoursPerWeek})`.mapWith(Number),
});

/** Hours a week of hand-offs not yet done (assigned or accepted), per assignee. */
export async function pendingHoursByAssignee(
  db: Db,
  { teamId }: { teamId: string },
): Promise<Map<string, number>> {
  const rows = await db
    .select(hoursPerAssignee())
    .from(assignments)
    .where(
      and(
        eq(assignments.teamId, teamId),
        eq(assignments.kind, 'delegate'),
        inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES]),
      ),
    )
    .groupBy(assignments.assigneeMembershipId);
  return new Map(rows.map((r) => [r.membershipId, r.hours]));
}

/**
 * Work already handed over, which takes from a teammate's capacity for delegated work: pending
 * hand-offs, and taken-over steps the assignee still performs (live steps only), per assignee.
 */
export async function committedHoursByAssignee(
  tx: Tx | Db,
  { teamId }: { teamId: string },
): Promise<Map<string, number>> {
  const rows = await tx
    .select(hoursPerAssignee())
    .from(assignments)
    .innerJoin(steps, eq(steps.id, assignments.stepId))
    .where(
      and(
        eq(assignments.teamId, teamId),
        eq(assignments.kind, 'delegate'),
        ne(assignments.status, 'declined'),
        isNull(steps.archivedAt),
        or(
          eq(assignments.status, 'assigned'),
          eq(steps.performerMembershipId, assignments.assigneeMembershipId),
        ),
      ),
    )
    .groupBy(assignments.assigneeMembershipId);
  return new Map(rows.map((r) => [r.membershipId, r.hours]));
}
