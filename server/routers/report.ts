import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/server/domain-error';
import { recordDecision, reopenDecision } from '@/server/queries/decisions';
import { loadReport } from '@/server/report/load-report';
import { adminProcedure, createRouter, teamProcedure } from '@/server/trpc/init';
import { decideSchema, reportScopeSchema } from './report.schema';
import { entityId } from './system.schema';

export const reportRouter = createRouter({
  /** The streamlining report of the team (systemId null) or of one system's subtree. */
  get: teamProcedure.input(reportScopeSchema).query(async ({ ctx, input }) => {
    const { report } = await loadReport(ctx.db, { teamId: ctx.team.id, systemId: input.systemId });
    return { ...report, canReview: ctx.membership.role !== 'member' };
  }),

  /** Accept or dismiss a finding. The finding is recomputed here, never taken from the client. */
  decide: adminProcedure.input(decideSchema).mutation(async ({ ctx, input }) => {
    const { input: analysisInput, result } = await loadReport(ctx.db, {
      teamId: ctx.team.id,
      systemId: null,
    });
    const finding = result.findings.find((f) => f.stepId === input.stepId);
    if (!finding) throw new DomainError('NOT_FOUND', 'Step not found.');
    if (finding.action !== input.action) {
      throw new DomainError(
        'CONFLICT',
        `This step is now a “${finding.action}” finding, not “${input.action}”. Reload the report.`,
      );
    }
    const step = analysisInput.processes
      .flatMap((p) => p.steps)
      .find((s) => s.id === input.stepId)!;
    await recordDecision(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
      action: input.action,
      status: input.status,
      reason: input.reason,
      snapshot: {
        hoursPerYear: finding.hoursPerYear,
        value: step.value,
        ruleBased: step.ruleBased,
        needsJudgment: step.needsJudgment,
      },
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
