import 'server-only';
import { z } from 'zod';
import { searchTeam } from '@/server/queries/search';
import { createRouter, teamProcedure } from '@/server/trpc/init';

export const searchRouter = createRouter({
  /** Systems, processes and steps of the team whose names or details contain the words. */
  query: teamProcedure
    .input(z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(50).default(20) }))
    .query(({ ctx, input }) =>
      searchTeam(ctx.db, { teamId: ctx.team.id, query: input.q, limit: input.limit }),
    ),
});
