import 'server-only';
import { z } from 'zod';
import type { FindingsQueryInput } from '@/server/report/engine-types';
import { RATE_RULES } from '@/server/limits';
import { createRouter, limitedTeamProcedure } from '@/server/trpc/init';
import {
  findingFiltersSchema,
  findingsPageSchema,
  reportScopeSchema,
  type FindingFilters,
} from './report.schema';

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
});
