import 'server-only';
import { isUniqueViolation } from '@/db/errors';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { adminProcedure, createRouter, teamProcedure, userProcedure } from '@/server/trpc/init';
import {
  createTeamWithOwner,
  findMembershipBySlug,
  freeSlug,
  listTeamsOfUser,
  updateTeamSettings,
} from '@/server/queries/teams';
import { createTeamInput, teamSettingsSchema } from './team.schema';

export const teamRouter = createRouter({
  /** The teams the caller belongs to, for the switcher and the landing redirect. */
  mine: userProcedure.query(({ ctx }) => listTeamsOfUser(ctx.db, ctx.user.id)),

  /** Resolves a URL slug to a team the caller belongs to. */
  bySlug: userProcedure
    .input(z.object({ slug: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
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
  settings: teamProcedure.query(({ ctx }) => ({
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

  /** The team's home, zoomed all the way out. */
  home: teamProcedure.query(({ ctx }) => ({
    team: ctx.team,
    role: ctx.membership.role,
  })),
});
