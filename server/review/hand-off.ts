import 'server-only';
import { withTransaction } from '@/db/transaction';
import type { DecisionSnapshot } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { assignmentEmail } from '@/server/email/assignment-email';
import { getLogger } from '@/server/log/logger';
import type { Recipient } from '@/server/queries/assignment-parties';
import { createAssignment } from '@/server/queries/assignments';
import { writeDecision } from '@/server/queries/decisions';
import type { StepFindingResult } from '@/server/report/engine-types';
import type { ReviewContext } from './context';

export type HandOffInput = {
  stepId: string;
  kind: 'delegate' | 'automate';
  assigneeMembershipId: string;
  dueDate: string | null;
  note: string;
};

/** Email goes out only when SMTP is configured; a failed email never undoes the change. */
export async function sendAssignmentEmail(
  ctx: Pick<ReviewContext, 'mailer'>,
  to: Recipient,
  subject: string,
  text: string,
): Promise<void> {
  if (!ctx.mailer || !to) return;
  try {
    await ctx.mailer.send(assignmentEmail({ to: to.email, subject, text }));
  } catch (err) {
    getLogger().error({ err }, 'Sending an assignment email failed');
  }
}

/** What a hand-off saves depends on who takes it, not on who was suggested. */
function snapshotFor(found: StepFindingResult, input: HandOffInput): DecisionSnapshot {
  const { finding } = found;
  const assigneeCost = found.members.find(
    (m) => m.membershipId === input.assigneeMembershipId,
  )?.hourlyCost;
  if (input.kind !== 'delegate' || assigneeCost === undefined) return found.snapshot;
  return {
    ...found.snapshot,
    costSavedPerYear: Math.max(
      0,
      finding.hoursPerYear * (finding.performerHourlyCost - assigneeCost),
    ),
    hoursSavedPerYear: 0,
    hoursFreedPerYear: finding.hoursPerYear,
  };
}

/**
 * Hands a step to a teammate. When the step's finding is this very action, the accepted
 * decision is recorded in the same transaction, whichever page the hand-off came from; with
 * `requireFinding` (accepting from the report) any other finding is a conflict.
 * `found` is the step's finding, computed once by the caller's request.
 */
export async function handOff(
  ctx: ReviewContext,
  input: HandOffInput,
  found: StepFindingResult,
  { requireFinding }: { requireFinding: boolean },
): Promise<{ id: string }> {
  const { finding, hoursPerWeek } = found;
  if (requireFinding && finding.action !== input.kind) {
    throw new DomainError(
      'CONFLICT',
      `This step is now a “${finding.action}” finding, not “${input.kind}”. Reload the report.`,
    );
  }
  const { assignment, recipient } = await withTransaction(ctx.db, async (tx) => {
    const created = await createAssignment(tx, {
      teamId: ctx.team.id,
      actor: { userId: ctx.user.id, membershipId: ctx.membership.id },
      stepId: input.stepId,
      kind: input.kind,
      assigneeMembershipId: input.assigneeMembershipId,
      dueDate: input.dueDate,
      note: input.note,
      hoursPerWeek: input.kind === 'delegate' ? hoursPerWeek : 0,
      href: '/assignments',
    });
    if (finding.action === input.kind) {
      await writeDecision(tx, {
        teamId: ctx.team.id,
        stepId: input.stepId,
        action: input.kind,
        status: 'accepted',
        snapshot: snapshotFor(found, input),
        decidedByUserId: ctx.user.id,
      });
    }
    return created;
  });
  const { user, team } = ctx;
  await sendAssignmentEmail(
    ctx,
    recipient,
    input.kind === 'delegate'
      ? `${user.name} handed you a step in ${team.name}`
      : `${user.name} asked you to automate a step in ${team.name}`,
    `${input.note ? `${user.name}: “${input.note}”\n\n` : ''}${input.dueDate ? `Due ${input.dueDate}.\n\n` : ''}See it in My assignments: ${ctx.origin}/t/${team.slug}/assignments`,
  );
  return { id: assignment.id };
}
