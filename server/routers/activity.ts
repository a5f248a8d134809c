import 'server-only';
import { z } from 'zod';
import { listActivities } from '@/server/queries/activity';
import { adminProcedure, createRouter } from '@/server/trpc/init';
import { entityId } from './system.schema';

export const activityRouter = createRouter({
  /** The team's log, newest first, for admins. */
  list: adminProcedure
    .input(
      z.object({
        limit: z.number().int().min(1).max(200).default(50),
        before: z.object({ createdAt: z.date(), id: entityId }).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listActivities(ctx.db, { teamId: ctx.team.id, limit: input.limit, before: input.before }),
    ),
});
