import 'server-only';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import {
  assignments,
  memberships,
  processes,
  steps,
  users,
  type AssignmentStatus,
} from '@/db/schema';
import { markdownToHtml } from '@/lib/markdown-html';
import { OPEN_ASSIGNMENT_STATUSES } from './decisions';
import { newestFirst, olderThan, type PageBefore } from './newest-first';
import { whatIfsByStep } from './what-ifs';

export const ASSIGNMENT_LIST_FILTERS = ['all', 'open', 'done', 'declined'] as const;
export type AssignmentListFilter = (typeof ASSIGNMENT_LIST_FILTERS)[number];

const STATUSES_OF: Record<AssignmentListFilter | 'finished', readonly AssignmentStatus[] | null> = {
  all: null,
  open: OPEN_ASSIGNMENT_STATUSES,
  done: ['done'],
  declined: ['declined'],
  finished: ['done', 'declined'],
};

export type AssignmentRow = Awaited<ReturnType<typeof listAssignments>>[number];

/**
 * Assignments newest first, with their step and process context: a user's own
 * (`assigneeUserId`), or the team's for admins. `limit` and `before` (the last row of the
 * previous page) read a page at a time, so a team's history never loads at once. Three queries:
 * the rows, then the assigners' names and the what-ifs of their steps.
 */
export async function listAssignments(
  db: Db,
  {
    teamId,
    assigneeUserId,
    filter = 'all',
    limit,
    before,
  }: {
    teamId: string;
    assigneeUserId?: string;
    filter?: AssignmentListFilter | 'finished';
    limit?: number;
    before?: PageBefore;
  },
) {
  const assignee = users;
  const statuses = STATUSES_OF[filter];
  const rows = await db
    .select({
      id: assignments.id,
      kind: assignments.kind,
      status: assignments.status,
      dueDate: assignments.dueDate,
      note: assignments.note,
      declineReason: assignments.declineReason,
      hoursPerWeek: assignments.hoursPerWeek,
      remainingMinutes: assignments.remainingMinutes,
      effortHours: assignments.effortHours,
      createdAt: assignments.createdAt,
      completedAt: assignments.completedAt,
      assigneeMembershipId: assignments.assigneeMembershipId,
      assigneeName: assignee.name,
      assigneeUserId: assignee.id,
      assignedByUserId: assignments.assignedByUserId,
      stepId: steps.id,
      stepTitle: steps.title,
      stepDetails: steps.details,
      stepMinutes: steps.minutes,
      stepProbability: steps.probability,
      processId: processes.id,
      processName: processes.name,
      frequencyPeriod: processes.frequencyPeriod,
      frequencyCount: processes.frequencyCount,
    })
    .from(assignments)
    .innerJoin(memberships, eq(memberships.id, assignments.assigneeMembershipId))
    .innerJoin(assignee, eq(assignee.id, memberships.userId))
    .innerJoin(steps, eq(steps.id, assignments.stepId))
    .innerJoin(processes, eq(processes.id, steps.processId))
    .where(
      and(
        eq(assignments.teamId, teamId),
        assigneeUserId ? eq(memberships.userId, assigneeUserId) : undefined,
        statuses ? inArray(assignments.status, [...statuses]) : undefined,
        olderThan(assignments.createdAt, assignments.id, before),
      ),
    )
    .orderBy(...newestFirst(assignments.createdAt, assignments.id))
    .limit(limit ?? Number.MAX_SAFE_INTEGER);
  const assignerIds = [
    ...new Set(rows.map((r) => r.assignedByUserId).filter((x): x is string => Boolean(x))),
  ];
  const [assigners, ifsByStep] = await Promise.all([
    assignerIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, assignerIds))
      : Promise.resolve([]),
    whatIfsByStep(db, { teamId, stepIds: rows.map((r) => r.stepId) }),
  ]);
  const assignerName = new Map(assigners.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    ...r,
    stepDetailsHtml: markdownToHtml(r.stepDetails),
    assignedByName: r.assignedByUserId ? (assignerName.get(r.assignedByUserId) ?? null) : null,
    whatIfs: ifsByStep.get(r.stepId) ?? [],
  }));
}

/**
 * A page of newest-first assignments: one row more than `limit` is read to know whether an
 * older page exists, without counting the history.
 */
export async function pageOfAssignments(
  db: Db,
  args: Omit<Parameters<typeof listAssignments>[1], 'limit'> & { limit: number },
) {
  const rows = await listAssignments(db, { ...args, limit: args.limit + 1 });
  const items = rows.slice(0, args.limit);
  const last = items.at(-1);
  return {
    items,
    older: rows.length > args.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** How many assignments wait on the user (assigned or accepted, not done): the navigation count. */
export async function countOpenAssignments(
  db: Db,
  { teamId, userId }: { teamId: string; userId: string },
): Promise<number> {
  const row = await first(
    db
      .select({ n: count() })
      .from(assignments)
      .innerJoin(memberships, eq(memberships.id, assignments.assigneeMembershipId))
      .where(
        and(
          eq(assignments.teamId, teamId),
          eq(memberships.userId, userId),
          inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES]),
        ),
      ),
  );
  return row?.n ?? 0;
}
