import 'server-only';
import { z } from 'zod';
import {
  createStep,
  deleteStep,
  duplicateStep,
  reorderSteps,
  updateStep,
} from '@/server/queries/steps';
import { createRouter, teamProcedure } from '@/server/trpc/init';
import { createStepSchema, reorderStepsSchema, updateStepSchema } from './process.schema';
import { entityId } from './system.schema';

export const stepRouter = createRouter({
  create: teamProcedure
    .input(createStepSchema)
    .mutation(({ ctx, input: { teamId, processId, afterStepId, ...values } }) =>
      createStep(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        processId,
        afterStepId,
        values,
      }),
    ),

  update: teamProcedure
    .input(updateStepSchema)
    .mutation(({ ctx, input: { teamId, stepId, version, ...values } }) =>
      updateStep(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        stepId,
        version,
        values,
      }),
    ),

  duplicate: teamProcedure.input(z.object({ stepId: entityId })).mutation(({ ctx, input }) =>
    duplicateStep(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
    }),
  ),

  delete: teamProcedure.input(z.object({ stepId: entityId })).mutation(async ({ ctx, input }) => {
    await deleteStep(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
    });
  }),

  reorder: teamProcedure.input(reorderStepsSchema).mutation(async ({ ctx, input }) => {
    await reorderSteps(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      processId: input.processId,
      orderedIds: input.orderedIds,
    });
  }),
});
