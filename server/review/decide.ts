import 'server-only';
import { DomainError } from '@/server/domain-error';
import { setStepArchived } from './archive';
import type { ReviewContext } from './context';
import { handOff } from './hand-off';
import { recordDismissal } from './verdicts';

export type DecideInput = {
  stepId: string;
  action: 'remove' | 'automate' | 'delegate';
  status: 'accepted' | 'dismissed';
  reason: string;
  assigneeMembershipId: string | null;
  dueDate: string | null;
  note: string;
};

/**
 * The team's verdict on a finding, with its effect: accepting "remove" archives the step
 * (restorable), accepting "automate"/"delegate" hands it to the named teammate, dismissing
 * records why. The finding is computed once, here, never taken from the client.
 */
export async function decide(
  ctx: ReviewContext,
  input: DecideInput,
): Promise<{ assignmentId: string | null }> {
  const found = await ctx.report.stepFinding({
    teamId: ctx.team.id,
    minVersion: ctx.team.dataVersion,
    stepId: input.stepId,
  });
  if (found.finding.action !== input.action) {
    throw new DomainError(
      'CONFLICT',
      `This step is now a “${found.finding.action}” finding, not “${input.action}”. Reload the report.`,
    );
  }
  if (input.status === 'dismissed') {
    await recordDismissal(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
      action: input.action,
      reason: input.reason,
      snapshot: found.snapshot,
    });
    return { assignmentId: null };
  }
  if (input.action === 'remove') {
    await setStepArchived(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
      archived: true,
      finding: { snapshot: found.snapshot },
    });
    return { assignmentId: null };
  }
  // The schema refuses an accepted hand-off without an assignee; this keeps the domain honest too.
  if (!input.assigneeMembershipId) {
    throw new DomainError('BAD_REQUEST', 'Choose who takes it.', 'assigneeMembershipId');
  }
  const { id } = await handOff(
    ctx,
    {
      stepId: input.stepId,
      kind: input.action,
      assigneeMembershipId: input.assigneeMembershipId,
      dueDate: input.dueDate,
      note: input.note,
    },
    found,
    { requireFinding: true },
  );
  return { assignmentId: id };
}
