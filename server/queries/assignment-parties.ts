import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { first } from '@/db/raw';
import { assignments, memberships, users, type Assignment } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { notify } from './notifications';

// The people an assignment involves, read and told inside its lifecycle's transactions: the
// assignee it is handed to, the caller answering their own, and the assigner who hears back.

/** Where an email about an assignment goes; null when nobody is to be emailed. */
export type Recipient = { email: string; name: string } | null;

/** The team's member with their user's name and email; undefined for anyone else's. */
export async function memberWithUser(tx: Tx, teamId: string, membershipId: string) {
  return first(
    tx
      .select({
        membershipId: memberships.id,
        userId: users.id,
        name: users.name,
        email: users.email,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.teamId, teamId), eq(memberships.id, membershipId)))
      .limit(1),
  );
}

async function userOf(tx: Tx, userId: string | null) {
  return userId
    ? first(
        tx
          .select({ name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, userId))
          .limit(1),
      )
    : undefined;
}

/** The assignment, only if it is the caller's own: someone else's answers "not found". */
export async function ownAssignment(tx: Tx, teamId: string, assignmentId: string, userId: string) {
  const row = await first(
    tx
      .select({
        assignment: assignments,
        assigneeUserId: memberships.userId,
        assigneeName: users.name,
      })
      .from(assignments)
      .innerJoin(memberships, eq(memberships.id, assignments.assigneeMembershipId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(assignments.teamId, teamId), eq(assignments.id, assignmentId)))
      .limit(1),
  );
  if (!row || row.assigneeUserId !== userId)
    throw new DomainError('NOT_FOUND', 'Assignment not found.');
  return row;
}

/**
 * Tells whoever handed the assignment out how it was answered, in the app, and returns their
 * address for an email too; nobody is told of their own answer.
 */
export async function tellAssigner(
  tx: Tx,
  {
    teamId,
    assignment: a,
    answeredByUserId,
    kind,
    message,
    href,
  }: {
    teamId: string;
    assignment: Assignment;
    answeredByUserId: string;
    kind: 'assignment.declined' | 'assignment.done';
    message: string;
    href: string;
  },
): Promise<Recipient> {
  const assigner = await userOf(tx, a.assignedByUserId);
  if (!a.assignedByUserId || a.assignedByUserId === answeredByUserId) return null;
  await notify(tx, { teamId, userId: a.assignedByUserId, kind, message, href });
  return assigner ?? null;
}
