import 'server-only';
import { and, count, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { assignments, memberships, notifications, steps, type Notification } from '@/db/schema';
import { OPEN_ASSIGNMENT_STATUSES } from './decisions';

type NotificationInput = Pick<Notification, 'teamId' | 'userId' | 'kind' | 'message'> & {
  href?: string | null;
};

/** Adds a notification inside the caller's transaction. */
export async function notify(tx: Tx, n: NotificationInput): Promise<void> {
  await tx.insert(notifications).values({ ...n, href: n.href ?? null });
}

export type NotificationView = {
  id: string;
  kind: Notification['kind'];
  message: string;
  href: string | null;
  read: boolean;
  createdAt: Date;
};

/**
 * The user's notifications in a team, newest first. Overdue assignments are derived from the
 * assignments at read time (no scheduler needed, never stale) and listed first while they last.
 */
export async function listNotifications(
  db: Db,
  {
    teamId,
    userId,
    today,
    limit = 30,
  }: { teamId: string; userId: string; today: string; limit?: number },
): Promise<NotificationView[]> {
  const [stored, overdue] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.teamId, teamId), eq(notifications.userId, userId)))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    overdueOf(db, { teamId, userId, today }),
  ]);
  return [
    ...overdue.map((o) => ({
      id: `overdue-${o.id}`,
      kind: 'assignment.overdue' as const,
      message: `“${o.title}” was due ${o.dueDate}.`,
      href: null,
      read: false,
      createdAt: o.updatedAt,
    })),
    ...stored.map((n) => ({
      id: n.id,
      kind: n.kind,
      message: n.message,
      href: n.href,
      read: Boolean(n.readAt),
      createdAt: n.createdAt,
    })),
  ];
}

/** The user's open assignments past their due date. */
export async function overdueOf(
  db: Db,
  { teamId, userId, today }: { teamId: string; userId: string; today: string },
) {
  return db
    .select({
      id: assignments.id,
      title: steps.title,
      dueDate: assignments.dueDate,
      updatedAt: assignments.updatedAt,
    })
    .from(assignments)
    .innerJoin(memberships, eq(memberships.id, assignments.assigneeMembershipId))
    .innerJoin(steps, eq(steps.id, assignments.stepId))
    .where(
      and(
        eq(assignments.teamId, teamId),
        eq(memberships.userId, userId),
        inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES]),
        lt(assignments.dueDate, today),
      ),
    )
    .orderBy(assignments.dueDate);
}

export async function countUnread(
  db: Db,
  { teamId, userId, today }: { teamId: string; userId: string; today: string },
): Promise<number> {
  const [row, overdue] = await Promise.all([
    first(
      db
        .select({ n: count() })
        .from(notifications)
        .where(
          and(
            eq(notifications.teamId, teamId),
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
          ),
        ),
    ),
    overdueOf(db, { teamId, userId, today }),
  ]);
  return (row?.n ?? 0) + overdue.length;
}

export async function markAllRead(
  db: Db,
  { teamId, userId }: { teamId: string; userId: string },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.teamId, teamId),
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
        ),
      );
  });
}
