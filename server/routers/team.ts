import 'server-only';
import { isUniqueViolation } from '@/db/errors';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { isDemoTeam, NOT_THE_DEMO, resetDemoTeam } from '@/server/demo/demo-team';
import { RATE_RULES } from '@/server/limits';
import { deleteTeam } from '@/server/queries/team-deletion';
import {
  adminProcedure,
  createRouter,
  ownerProcedure,
  teamProcedure,
  userProcedure,
} from '@/server/trpc/init';
import { enforceRateLimit } from '@/server/trpc/rate-limit';
import {
  createTeamWithOwner,
  findMembershipBySlug,
  freeSlug,
  listTeamsOfUser,
  updateTeamSettings,
} from '@/server/queries/teams';
import { createTeamInput, deleteTeamInput, teamSettingsSchema } from './team.schema';
import { entityId } from './system.schema';

export const teamRouter = createRouter({
  /** The teams the caller belongs to, for the switcher and the landing redirect. */
  mine: userProcedure.query(({ ctx }) => listTeamsOfUser(ctx.db, ctx.user.id)),

  /** Resolves a URL slug to a team the caller belongs to. */
  bySlug: userProcedure.input(z.object({ slug: entityId })).query(async ({ ctx, input }) => {
    const found = await findMembershipBySlug(ctx.db, { slug: input.slug, userId: ctx.user.id });
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'Team not found.' });
    return { team: found.team, role: found.membership.role };
  }),

  create: userProcedure.input(createTeamInput).mutation(async ({ ctx, input }) => {
    // Two teams of the same name created at once can race for a slug: the loser tries the next.
    for (let attempt = 0; ; attempt++) {
      const slug = await freeSlug(ctx.db, input.name);
      try {
        const team = await createTeamWithOwner(ctx.db, {
          name: input.name,
          slug,
          userId: ctx.user.id,
        });
        return { id: team.id, slug: team.slug };
      } catch (err) {
        if (attempt >= 3 || !isUniqueViolation(err)) throw err;
      }
    }
  }),

  /** Settings are readable by every member (they explain the report's numbers). */
  settings: teamProcedure.query(async ({ ctx }) => ({
    settings: {
      name: ctx.team.name,
      slug: ctx.team.slug,
      currency: ctx.team.currency,
      defaultHourlyCost: ctx.team.defaultHourlyCost,
      workingDaysPerWeek: ctx.team.workingDaysPerWeek,
      weeksPerYear: ctx.team.weeksPerYear,
      horizonYears: ctx.team.horizonYears,
      defaultAutomationEffortHours: ctx.team.defaultAutomationEffortHours,
      minHoursPerYear: ctx.team.minHoursPerYear,
    },
    canEdit: ctx.membership.role !== 'member',
    isOwner: ctx.membership.role === 'owner',
    isDemo: await isDemoTeam(ctx.db, ctx.team.id),
  })),

  updateSettings: adminProcedure
    .input(teamSettingsSchema)
    .mutation(async ({ ctx, input: { teamId, ...values } }) => {
      const team = await updateTeamSettings(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        values,
      });
      return { slug: team.slug };
    }),

  /**
   * Deletes the team and everything in it, for good: owners only, once they have typed its name.
   * The shared demo team is reset instead, never deleted.
   */
  delete: ownerProcedure.input(deleteTeamInput).mutation(async ({ ctx, input }) => {
    if (await isDemoTeam(ctx.db, ctx.team.id)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'The demo team is shared by every visitor: reset it instead of deleting it.',
      });
    }
    await deleteTeam(ctx.db, { teamId: ctx.team.id, confirmName: input.confirmName });
  }),

  /**
   * Puts the demo team back to its first state. Any member may: the demo is a shared playground.
   * Refused on every other team, before anything is counted or written. It re-imports the demo,
   * so it counts as an import.
   */
  resetDemo: teamProcedure.mutation(async ({ ctx }) => {
    if (!(await isDemoTeam(ctx.db, ctx.team.id))) {
      throw new TRPCError({ code: 'FORBIDDEN', message: NOT_THE_DEMO });
    }
    await enforceRateLimit(ctx, RATE_RULES.imports);
    return resetDemoTeam(ctx.db, { teamId: ctx.team.id });
  }),

  /** The team's home, zoomed all the way out. */
  home: teamProcedure.query(({ ctx }) => ({
    team: ctx.team,
    role: ctx.membership.role,
  })),
});
