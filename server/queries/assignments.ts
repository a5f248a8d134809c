import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { withTransaction } from '@/db/transaction';
import { assignments, type Assignment } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { automatedShare, makeStepPerformer, markStepAutomated } from './assignment-effects';
import { memberWithUser, ownAssignment, tellAssigner, type Recipient } from './assignment-parties';
import { markDecisionDone, openAssignmentOf, reopenAcceptedDecision } from './decisions';
import { notify } from './notifications';
import { stepWithProcess } from './team-refs';

// The lifecycle of an assignment: created (assigned), then accepted, declined or done.

type Actor = { userId: string; membershipId: string };

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
      await makeStepPerformer(tx, {
        teamId,
        stepId: a.stepId,
        membershipId: a.assigneeMembershipId,
        userId,
      });
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
    const recipient = await tellAssigner(tx, {
      teamId,
      assignment: a,
      answeredByUserId: userId,
      kind: 'assignment.declined',
      message: `${assigneeName} declined “${step.title}”: ${reason}`,
      href,
    });
    return { recipient, stepTitle: step.title };
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
      await markStepAutomated(tx, { teamId, stepId: a.stepId, remainingMinutes, userId, now });
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
    await markDecisionDone(tx, {
      teamId,
      stepId: a.stepId,
      action: a.kind,
      share: a.kind === 'automate' ? automatedShare(step.minutes, remainingMinutes) : 1,
    });
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
    const recipient = await tellAssigner(tx, {
      teamId,
      assignment: a,
      answeredByUserId: userId,
      kind: 'assignment.done',
      message: `${assigneeName} finished “${step.title}”.`,
      href,
    });
    return { recipient, stepTitle: step.title };
  });
}
