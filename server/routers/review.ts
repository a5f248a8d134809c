import 'server-only';
import { z } from 'zod';
import { setStepArchived } from '@/server/review/archive';
import { decide } from '@/server/review/decide';
import { reopenDecision } from '@/server/review/verdicts';
import { adminProcedure, createRouter } from '@/server/trpc/init';
import { decideSchema } from './review.schema';
import { entityId } from './system.schema';

const stepOnly = z.object({ stepId: entityId });

/** The team's review of its report: verdicts on findings and their effects (server/review). */
export const reviewRouter = createRouter({
  /**
   * Accept or dismiss a finding. Accepting "remove" archives the step (restorable); accepting
   * "automate" or "delegate" hands it to the named teammate in the same write.
   */
  decide: adminProcedure.input(decideSchema).mutation(({ ctx, input }) => decide(ctx, input)),

  /** Takes a verdict back: the finding is open again (not when done or in someone's hands). */
  reopen: adminProcedure.input(stepOnly).mutation(({ ctx, input }) =>
    reopenDecision(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
    }),
  ),

  /** Restores a step that an accepted "remove" archived; the finding opens again. */
  restoreStep: adminProcedure.input(stepOnly).mutation(({ ctx, input }) =>
    setStepArchived(ctx.db, {
      teamId: ctx.team.id,
      actorUserId: ctx.user.id,
      stepId: input.stepId,
      archived: false,
    }),
  ),
});
