import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/server/domain-error';
import { recordDecision, reopenDecision } from '@/server/queries/decisions';
import { findingForStep, loadReport } from '@/server/report/load-report';
import { setStepArchived } from '@/server/queries/assignments';
import { adminProcedure, createRouter, teamProcedure } from '@/server/trpc/init';
import { decideSchema, reportScopeSchema } from './report.schema';
import { entityId } from './system.schema';

export const reportRouter = createRouter({
  /** The streamlining report of the team (systemId null) or of one system's subtree. */
  get: teamProcedure.input(reportScopeSchema).query(async ({ ctx, input }) => {
    const { report } = await loadReport(ctx.db, { teamId: ctx.team.id, systemId: input.systemId });
    return { ...report, canReview: ctx.membership.role !== 'member' };
  }),

  /**
   * Accept or dismiss a finding. The finding is recomputed here, never taken from the client.
   * Accepting "remove" archives the step at once (restorable from its process); accepting
   * "automate" or "delegate" goes through assignment.create, which names who does it.
   */
  decide: adminProcedure.input(decideSchema).mutation(async ({ ctx, input }) => {
    const { finding, snapshot } = await findingForStep(ctx.db, {
      teamId: ctx.team.id,
      stepId: input.stepId,
    });
    if (finding.action !== input.action) {
      throw new DomainError(
        'CONFLICT',
        `This step is now a “${finding.action}” finding, not “${input.action}”. Reload the report.`,
      );
    }
    if (input.action === 'remove' && input.status === 'accepted') {
      await setStepArchived(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        stepId: input.stepId,
        archived: true,
        finding: { snapshot },
      });
      return;
    }
    await recordDecision(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
      action: input.action,
      status: input.status,
      reason: input.reason,
      snapshot,
    });
  }),

  reopen: adminProcedure.input(z.object({ stepId: entityId })).mutation(({ ctx, input }) =>
    reopenDecision(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
    }),
  ),
});
