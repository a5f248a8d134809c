import 'server-only';
import { and, count, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import {
  assignments,
  decisions,
  memberships,
  processes,
  steps,
  users,
  type Assignment,
  type AssignmentStatus,
} from '@/db/schema';
import { markdownToHtml } from '@/lib/markdown-html';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { notify } from './notifications';
import { stepWithProcess } from './steps';
import { openAssignmentOf, recordRealized, reopenAcceptedDecision } from './decisions';

const OPEN = ['assigned', 'accepted'] as const;

type Actor = { userId: string; membershipId: string };
export type Recipient = { email: string; name: string } | null;

async function memberWithUser(tx: Tx, teamId: string, membershipId: string) {
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

/**
 * Hands a step to a teammate — to take over (delegate) or to automate. Joins the caller's
 * transaction when there is one (the review domain records the accepted finding beside it).
 */
export async function createAssignment(
  db: Db | Tx,
  {
    teamId,
    actor,
    stepId,
    kind,
    assigneeMembershipId,
    dueDate,
    note,
    hoursPerWeek,
    href,
  }: {
    teamId: string;
    actor: Actor;
    stepId: string;
    kind: Assignment['kind'];
    assigneeMembershipId: string;
    dueDate: string | null;
    note: string;
    hoursPerWeek: number;
    href: string;
  },
): Promise<{ assignment: Assignment; recipient: Recipient }> {
  return withTransaction(db, async (tx) => {
    const { step } = await stepWithProcess(tx, teamId, stepId);
    if (step.archivedAt)
      throw new DomainError('CONFLICT', 'This step is archived: restore it first.');
    const assignee = await memberWithUser(tx, teamId, assigneeMembershipId);
    if (!assignee)
      throw new DomainError(
        'NOT_FOUND',
        'That person is not a member of this team.',
        'assigneeMembershipId',
      );
    if (kind === 'delegate' && assignee.membershipId === step.performerMembershipId) {
      throw new DomainError(
        'CONFLICT',
        `${assignee.name} already performs this step.`,
        'assigneeMembershipId',
      );
    }
    if (await openAssignmentOf(tx, teamId, stepId))
      throw new DomainError(
        'CONFLICT',
        'This step is already handed to someone. Wait for them to finish or decline.',
      );

    const assignment = (
      await tx
        .insert(assignments)
        .values({
          teamId,
          stepId,
          kind,
          assigneeMembershipId,
          assignedByUserId: actor.userId,
          dueDate,
          note,
          hoursPerWeek,
        })
        .returning()
    )[0]!;
    const what = kind === 'delegate' ? 'handed' : 'asked to automate';
    await logActivity(tx, {
      teamId,
      actorUserId: actor.userId,
      processId: step.processId,
      kind: 'assignment.created',
      summary: `${what} the step “${step.title}” ${kind === 'delegate' ? 'to' : '—'} ${assignee.name}${dueDate ? `, due ${dueDate}` : ''}`,
      data: { assignmentId: assignment.id, stepId },
    });
    const self = assignee.userId === actor.userId;
    if (!self) {
      await notify(tx, {
        teamId,
        userId: assignee.userId,
        kind: 'assignment.new',
        message:
          kind === 'delegate'
            ? `New hand-off: “${step.title}”.`
            : `Please automate “${step.title}”.`,
        href,
      });
    }
    return {
      assignment,
      recipient: self ? null : { email: assignee.email, name: assignee.name },
    };
  });
}

/** The assignment, only if it is the caller's own: someone else's answers "not found". */
async function ownAssignment(tx: Tx, teamId: string, assignmentId: string, userId: string) {
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

const STATUS_WORD = {
  assigned: 'waiting for you',
  accepted: 'already accepted',
  declined: 'declined',
  done: 'done',
} as const;

/** The assignee takes the step on: for a hand-off, they become its performer. */
export async function acceptAssignment(
  db: Db,
  { teamId, userId, assignmentId }: { teamId: string; userId: string; assignmentId: string },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const { assignment: a } = await ownAssignment(tx, teamId, assignmentId, userId);
    if (a.status !== 'assigned')
      throw new DomainError('CONFLICT', `This assignment is ${STATUS_WORD[a.status]}.`);
    const { step } = await stepWithProcess(tx, teamId, a.stepId);
    if (step.archivedAt)
      throw new DomainError('CONFLICT', 'This step was removed from its process meanwhile.');
    if (a.kind === 'delegate') {
      await tx
        .update(steps)
        .set({
          performerMembershipId: a.assigneeMembershipId,
          version: sql`${steps.version} + 1`,
          updatedByUserId: userId,
          updatedAt: new Date(),
        })
        .where(and(eq(steps.teamId, teamId), eq(steps.id, a.stepId)));
    }
    await tx
      .update(assignments)
      .set({ status: 'accepted', updatedAt: new Date() })
      .where(eq(assignments.id, a.id));
    await logActivity(tx, {
      teamId,
      actorUserId: userId,
      processId: step.processId,
      kind: 'assignment.accepted',
      summary:
        a.kind === 'delegate'
          ? `took over the step “${step.title}”`
          : `took on automating “${step.title}”`,
      data: { assignmentId },
    });
  });
}

/** The assignee says no, with a reason: back to the assigner, and the finding reopens. */
export async function declineAssignment(
  db: Db,
  {
    teamId,
    userId,
    assignmentId,
    reason,
    href,
  }: { teamId: string; userId: string; assignmentId: string; reason: string; href: string },
): Promise<{ recipient: Recipient; stepTitle: string }> {
  return withTransaction(db, async (tx) => {
    const { assignment: a, assigneeName } = await ownAssignment(tx, teamId, assignmentId, userId);
    if (a.status !== 'assigned')
      throw new DomainError(
        'CONFLICT',
        `This assignment is ${STATUS_WORD[a.status]}: it can no longer be declined.`,
      );
    const { step } = await stepWithProcess(tx, teamId, a.stepId);
    await tx
      .update(assignments)
      .set({ status: 'declined', declineReason: reason, updatedAt: new Date() })
      .where(eq(assignments.id, a.id));
    // The accepted finding this came from is open again, for the team to decide anew.
    await reopenAcceptedDecision(tx, teamId, a.stepId, a.kind);
    await logActivity(tx, {
      teamId,
      actorUserId: userId,
      processId: step.processId,
      kind: 'assignment.declined',
      summary: `declined “${step.title}” (${reason})`,
      data: { assignmentId },
    });
    const assigner = await userOf(tx, a.assignedByUserId);
    if (a.assignedByUserId && a.assignedByUserId !== userId) {
      await notify(tx, {
        teamId,
        userId: a.assignedByUserId,
        kind: 'assignment.declined',
        message: `${assigneeName} declined “${step.title}”: ${reason}`,
        href,
      });
    }
    return {
      recipient: assigner && a.assignedByUserId !== userId ? assigner : null,
      stepTitle: step.title,
    };
  });
}

/**
 * Marks the work done. A hand-off is done once accepted; an automation task records what is
 * left by hand (default 0 minutes) and the effort it took, and the step is marked automated.
 */
export async function completeAssignment(
  db: Db,
  {
    teamId,
    userId,
    assignmentId,
    remainingMinutes,
    effortHours,
    href,
  }: {
    teamId: string;
    userId: string;
    assignmentId: string;
    remainingMinutes: number;
    effortHours: number | null;
    href: string;
  },
): Promise<{ recipient: Recipient; stepTitle: string }> {
  return withTransaction(db, async (tx) => {
    const { assignment: a, assigneeName } = await ownAssignment(tx, teamId, assignmentId, userId);
    const allowed =
      a.kind === 'delegate'
        ? a.status === 'accepted'
        : a.status === 'assigned' || a.status === 'accepted';
    if (!allowed) {
      throw new DomainError(
        'CONFLICT',
        a.status === 'assigned'
          ? 'Accept the hand-off before marking it done.'
          : `This assignment is ${STATUS_WORD[a.status]}.`,
      );
    }
    const { step } = await stepWithProcess(tx, teamId, a.stepId);
    if (step.archivedAt)
      throw new DomainError('CONFLICT', 'This step was removed from its process meanwhile.');
    const now = new Date();
    if (a.kind === 'automate') {
      await tx
        .update(steps)
        .set({
          minutes: remainingMinutes,
          automatedAt: now,
          version: sql`${steps.version} + 1`,
          updatedByUserId: userId,
          updatedAt: now,
        })
        .where(and(eq(steps.teamId, teamId), eq(steps.id, a.stepId)));
    }
    await tx
      .update(assignments)
      .set({
        status: 'done',
        completedAt: now,
        updatedAt: now,
        ...(a.kind === 'automate' ? { remainingMinutes, effortHours } : {}),
      })
      .where(eq(assignments.id, a.id));
    const decision = await first(
      tx
        .select({ snapshot: decisions.snapshot })
        .from(decisions)
        .where(
          and(
            eq(decisions.teamId, teamId),
            eq(decisions.stepId, a.stepId),
            eq(decisions.action, a.kind),
          ),
        )
        .limit(1),
    );
    // Automation that leaves some hand work saves only the share it took away.
    const share =
      a.kind === 'automate' && step.minutes > 0
        ? Math.max(0, (step.minutes - remainingMinutes) / step.minutes)
        : 1;
    const snap = decision?.snapshot;
    if (snap)
      await recordRealized(tx, { teamId, stepId: a.stepId, action: a.kind, snapshot: snap, share });
    // The realized row holds the numbers; the verdict just records that the work is done.
    await tx
      .update(decisions)
      .set({ status: 'done' })
      .where(
        and(
          eq(decisions.teamId, teamId),
          eq(decisions.stepId, a.stepId),
          eq(decisions.action, a.kind),
        ),
      );
    await logActivity(tx, {
      teamId,
      actorUserId: userId,
      processId: step.processId,
      kind: 'assignment.done',
      summary:
        a.kind === 'delegate'
          ? `completed the hand-off of “${step.title}”`
          : `automated “${step.title}” (${remainingMinutes} min left by hand${effortHours !== null ? `, took ${effortHours} h` : ''})`,
      data: { assignmentId },
    });
    const assigner = await userOf(tx, a.assignedByUserId);
    if (a.assignedByUserId && a.assignedByUserId !== userId) {
      await notify(tx, {
        teamId,
        userId: a.assignedByUserId,
        kind: 'assignment.done',
        message: `${assigneeName} finished “${step.title}”.`,
        href,
      });
    }
    return {
      recipient: assigner && a.assignedByUserId !== userId ? assigner : null,
      stepTitle: step.title,
    };
  });
}

export type AssignmentRow = Awaited<ReturnType<typeof listAssignments>>[number];

/**
 * Assignments with their step and process context: one member's (`assigneeUserId`), or the whole
 * team's. Two queries (the rows, then the what-ifs of their steps).
 */
export const ASSIGNMENT_LIST_FILTERS = ['all', 'open', 'done', 'declined'] as const;
export type AssignmentListFilter = (typeof ASSIGNMENT_LIST_FILTERS)[number];

const STATUSES_OF: Record<AssignmentListFilter, readonly AssignmentStatus[] | null> = {
  all: null,
  open: ['assigned', 'accepted'],
  done: ['done'],
  declined: ['declined'],
};

/**
 * Assignments newest first: a user's own, or the team's for admins. `limit` and `before` (the
 * last row of the previous page) read a page at a time, so a team's history never loads at once.
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
    filter?: AssignmentListFilter;
    limit?: number;
    before?: { createdAt: Date; id: string };
  },
) {
  const assignee = users;
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
        STATUSES_OF[filter] ? inArray(assignments.status, [...STATUSES_OF[filter]!]) : undefined,
        before
          ? or(
              lt(assignments.createdAt, before.createdAt),
              and(eq(assignments.createdAt, before.createdAt), lt(assignments.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(assignments.createdAt), desc(assignments.id))
    .limit(limit ?? Number.MAX_SAFE_INTEGER);
  const assignerIds = [
    ...new Set(rows.map((r) => r.assignedByUserId).filter((x): x is string => Boolean(x))),
  ];
  const stepIds = rows.map((r) => r.stepId);
  const [assigners, ifs] = await Promise.all([
    assignerIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, assignerIds))
      : Promise.resolve([]),
    stepIds.length
      ? db.query.whatIfs.findMany({
          where: (w, { and: a, eq: e, inArray: i }) => a(e(w.teamId, teamId), i(w.stepId, stepIds)),
          orderBy: (w, { asc }) => [asc(w.position)],
        })
      : Promise.resolve([]),
  ]);
  const assignerName = new Map(assigners.map((u) => [u.id, u.name]));
  const ifsByStep = new Map<string, { condition: string; action: string }[]>();
  for (const w of ifs) {
    const list = ifsByStep.get(w.stepId) ?? [];
    list.push({ condition: w.condition, action: w.action });
    ifsByStep.set(w.stepId, list);
  }
  return rows.map((r) => ({
    ...r,
    stepDetailsHtml: markdownToHtml(r.stepDetails),
    assignedByName: r.assignedByUserId ? (assignerName.get(r.assignedByUserId) ?? null) : null,
    whatIfs: ifsByStep.get(r.stepId) ?? [],
  }));
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
          inArray(assignments.status, [...OPEN]),
        ),
      ),
  );
  return row?.n ?? 0;
}

/** Hours a week of hand-offs not yet done (assigned or accepted), per assignee. */
export async function pendingHoursByAssignee(
  db: Db,
  { teamId }: { teamId: string },
): Promise<Map<string, number>> {
  const rows = await db
    .select({
      membershipId: assignments.assigneeMembershipId,
      hours: sql<number>`sum(${assignments.hoursPerWeek})`.mapWith(Number),
    })
    .from(assignments)
    .where(
      and(
        eq(assignments.teamId, teamId),
        eq(assignments.kind, 'delegate'),
        inArray(assignments.status, [...OPEN]),
      ),
    )
    .groupBy(assignments.assigneeMembershipId);
  return new Map(rows.map((r) => [r.membershipId, r.hours]));
}
