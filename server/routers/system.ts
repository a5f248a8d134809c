import 'server-only';
import { z } from 'zod';
import { getSystemOverview } from '@/server/queries/system-overview';
import {
  createSystem,
  moveSystem,
  reorderSystems,
  setSystemArchived,
  updateSystem,
} from '@/server/queries/systems';
import { searchSystems } from '@/server/queries/pickers';
import { createRouter, teamProcedure } from '@/server/trpc/init';
import { pickerSearchSchema } from './picker.schema';
import {
  createSystemSchema,
  entityId,
  moveSystemSchema,
  reorderSystemsSchema,
  updateSystemSchema,
} from './system.schema';

export const systemRouter = createRouter({
  /** One zoom level: the business (systemId null) or a system, with subsystems, processes and numbers. */
  overview: teamProcedure
    .input(z.object({ systemId: entityId.nullable().default(null) }))
    .query(({ ctx, input }) =>
      getSystemOverview(ctx.db, {
        teamId: ctx.team.id,
        systemId: input.systemId,
        minVersion: ctx.team.dataVersion,
      }),
    ),

  /** Live systems matching what was typed (with no text: those directly under `within`). */
  search: teamProcedure
    .input(
      pickerSearchSchema.extend({
        within: entityId.nullable().default(null),
        exclude: entityId.optional(),
      }),
    )
    .query(({ ctx, input: { teamId, ...search } }) =>
      searchSystems(ctx.db, { teamId: ctx.team.id, ...search }),
    ),

  create: teamProcedure
    .input(createSystemSchema)
    .mutation(({ ctx, input: { teamId, parentId, ...values } }) =>
      createSystem(ctx.db, { teamId: ctx.team.id, actorUserId: ctx.user.id, parentId, values }),
    ),

  update: teamProcedure
    .input(updateSystemSchema)
    .mutation(({ ctx, input: { teamId, systemId, ...values } }) =>
      updateSystem(ctx.db, { teamId: ctx.team.id, actorUserId: ctx.user.id, systemId, values }),
    ),

  move: teamProcedure.input(moveSystemSchema).mutation(({ ctx, input }) =>
    moveSystem(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      systemId: input.systemId,
      parentId: input.parentId,
    }),
  ),

  reorder: teamProcedure.input(reorderSystemsSchema).mutation(async ({ ctx, input }) => {
    await reorderSystems(ctx.db, {
      teamId: ctx.team.id,
      parentId: input.parentId,
      orderedIds: input.orderedIds,
    });
  }),

  setArchived: teamProcedure
    .input(z.object({ systemId: entityId, archived: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setSystemArchived(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        systemId: input.systemId,
        archived: input.archived,
      }),
    ),
});
