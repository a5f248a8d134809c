import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/server/domain-error';
import { recordDecision, reopenDecision } from '@/server/queries/decisions';
import { setStepArchived } from '@/server/queries/assignments';
import type { FindingsQueryInput } from '@/server/report/engine-types';
import { RATE_RULES } from '@/server/limits';
import { adminProcedure, createRouter, limitedTeamProcedure } from '@/server/trpc/init';
import {
  decideSchema,
  findingFiltersSchema,
  findingsPageSchema,
  reportScopeSchema,
  type FindingFilters,
} from './report.schema';
import { entityId } from './system.schema';

const toQuery = (f: FindingFilters): FindingsQueryInput => ({
  scope: f.systemId,
  within: f.within,
  action: f.action,
  review: f.review,
  performer: f.performer,
  q: f.q,
  sort: f.sort,
});

export const reportRouter = createRouter({
  /**
   * The report's summary for the team (systemId null) or one system's subtree: totals, savings,
   * roll-ups and chart data. Small whatever the team's size; the findings come in pages.
   */
  get: limitedTeamProcedure(RATE_RULES.report)
    .input(reportScopeSchema)
    .query(async ({ ctx, input }) => {
      const summary = await ctx.report.summary({
        teamId: ctx.team.id,
        minVersion: ctx.team.dataVersion,
        scope: input.systemId,
      });
      return { ...summary, canReview: ctx.membership.role !== 'member' };
    }),

  /** One page of findings, filtered and sorted on the server, with their reasons in words. */
  findings: limitedTeamProcedure(RATE_RULES.report)
    .input(findingsPageSchema)
    .query(({ ctx, input }) =>
      ctx.report.findings({
        teamId: ctx.team.id,
        minVersion: ctx.team.dataVersion,
        query: toQuery(input),
        cursor: input.cursor,
        limit: input.limit,
      }),
    ),

  /** Every finding of a view, as CSV or JSON text chunks: the downloads stream these. */
  export: limitedTeamProcedure(RATE_RULES.exports)
    .input(findingFiltersSchema.extend({ format: z.enum(['csv', 'json']) }))
    .query(async function* ({ ctx, input }) {
      yield* ctx.report.exportChunks({
        teamId: ctx.team.id,
        minVersion: ctx.team.dataVersion,
        query: toQuery(input),
        format: input.format,
        team: { name: ctx.team.name, slug: ctx.team.slug },
      });
    }),

  /**
   * Accept or dismiss a finding. The finding is recomputed here, never taken from the client.
   * Accepting "remove" archives the step at once (restorable from its process); accepting
   * "automate" or "delegate" goes through assignment.create, which names who does it.
   */
  decide: adminProcedure.input(decideSchema).mutation(async ({ ctx, input }) => {
    const { finding, snapshot } = await ctx.report.stepFinding({
      teamId: ctx.team.id,
      minVersion: ctx.team.dataVersion,
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
