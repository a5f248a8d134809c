import 'server-only';
import { z } from 'zod';
import { ASSIGNMENT_KINDS } from '@/db/schema';
import {
  ASSIGNMENT_LIST_FILTERS,
  countOpenAssignments,
  listAssignments,
  pageOfAssignments,
} from '@/server/queries/assignment-list';
import {
  acceptAssignment,
  completeAssignment,
  declineAssignment,
} from '@/server/queries/assignments';
import { pendingHoursByAssignee } from '@/server/queries/capacity';
import { searchMembers } from '@/server/queries/pickers';
import { handOff, sendAssignmentEmail } from '@/server/review/hand-off';
import { adminProcedure, createRouter, teamProcedure } from '@/server/trpc/init';
import {
  completeSchema,
  createAssignmentSchema,
  declineSchema,
  pageBefore,
  pageLimit,
} from './assignment.schema';
import { entityId } from './system.schema';

const assignmentId = z.object({ assignmentId: entityId });

/**
 * The caller answering an assignment handed to them; the assigner's in-app notice links to the
 * team's assignments.
 */
const asAssignee = (ctx: { team: { id: string }; user: { id: string } }) => ({
  teamId: ctx.team.id,
  userId: ctx.user.id,
  href: '/assignments/team',
});
/** Teammates the assign dialog shows at once; a search finds any other. */
const CANDIDATES = 8;

export const assignmentRouter = createRouter({
  /**
   * For the assign dialog: the step's load, the suggestion, and a few teammates with their cost
   * and free hours — the suggestion and the cheapest, or those matching `q`: never the whole team.
   */
  options: adminProcedure
    .input(
      z.object({
        stepId: entityId,
        kind: z.enum(ASSIGNMENT_KINDS).default('delegate'),
        q: z.string().trim().max(100, 'Use at most 100 characters.').default(''),
      }),
    )
    .query(async ({ ctx, input }) => {
      const found = await ctx.report.stepFinding({
        teamId: ctx.team.id,
        minVersion: ctx.team.dataVersion,
        stepId: input.stepId,
      });
      const { finding, hoursPerWeek } = found;
      // Handing a step over is to someone else; automating it can be its own performer's job.
      const eligible = found.members.filter(
        (m) => !(input.kind === 'delegate' && m.membershipId === finding.performerId),
      );
      let ids: string[];
      if (input.q) {
        const matches = await searchMembers(ctx.db, {
          teamId: ctx.team.id,
          q: input.q,
          limit: CANDIDATES + 1,
        });
        const allowed = new Set(eligible.map((m) => m.membershipId));
        ids = matches.map((m) => m.membershipId).filter((id) => allowed.has(id));
      } else {
        // The suggestion first, then the cheapest: who a consultant would look at.
        ids = [...eligible]
          .sort(
            (a, b) =>
              Number(b.membershipId === finding.suggestedMemberId) -
                Number(a.membershipId === finding.suggestedMemberId) ||
              a.hourlyCost - b.hourlyCost ||
              (a.membershipId < b.membershipId ? -1 : 1),
          )
          .slice(0, CANDIDATES)
          .map((m) => m.membershipId);
      }
      const capacity = new Map(found.members.map((m) => [m.membershipId, m]));
      const named = await searchMembers(ctx.db, {
        teamId: ctx.team.id,
        q: '',
        ids,
        limit: ids.length,
      });
      const nameOf = new Map(named.map((m) => [m.membershipId, m.name]));
      return {
        currency: found.currency,
        action: finding.action,
        performerId: finding.performerId,
        suggestedMemberId: finding.suggestedMemberId,
        stepHoursPerWeek: hoursPerWeek,
        teamSize: eligible.length,
        members: ids
          .filter((id) => capacity.has(id) && nameOf.has(id))
          .slice(0, CANDIDATES)
          .map((id) => {
            const c = capacity.get(id)!;
            return {
              membershipId: id,
              name: nameOf.get(id)!,
              hourlyCost: c.hourlyCost,
              weeklyCapacityHours: c.weeklyCapacityHours,
              // Free = capacity − work already handed over (not this report's other suggestions).
              freeHoursPerWeek: Math.max(0, c.weeklyCapacityHours - c.committedHoursPerWeek),
            };
          }),
      };
    }),

  /** Hands a step over from its process page; when it is the step's finding, that is accepted too. */
  create: adminProcedure.input(createAssignmentSchema).mutation(async ({ ctx, input }) => {
    const found = await ctx.report.stepFinding({
      teamId: ctx.team.id,
      minVersion: ctx.team.dataVersion,
      stepId: input.stepId,
    });
    return handOff(ctx, input, found, { requireFinding: false });
  }),

  accept: teamProcedure.input(assignmentId).mutation(({ ctx, input }) =>
    acceptAssignment(ctx.db, {
      teamId: ctx.team.id,
      userId: ctx.user.id,
      assignmentId: input.assignmentId,
    }),
  ),

  decline: teamProcedure
    .input(declineSchema)
    .mutation(async ({ ctx, input: { teamId, ...answer } }) => {
      const { recipient, stepTitle } = await declineAssignment(ctx.db, {
        ...asAssignee(ctx),
        ...answer,
      });
      await sendAssignmentEmail(
        ctx,
        recipient,
        `${ctx.user.name} declined “${stepTitle}”`,
        `Their reason: ${answer.reason}\n\nThe finding is open again: ${ctx.origin}/t/${ctx.team.slug}/report`,
      );
    }),

  complete: teamProcedure
    .input(completeSchema)
    .mutation(async ({ ctx, input: { teamId, ...answer } }) => {
      const { recipient, stepTitle } = await completeAssignment(ctx.db, {
        ...asAssignee(ctx),
        ...answer,
      });
      await sendAssignmentEmail(
        ctx,
        recipient,
        `${ctx.user.name} finished “${stepTitle}”`,
        `See every assignment: ${ctx.origin}/t/${ctx.team.slug}/assignments/team`,
      );
    }),

  /**
   * What was handed to the caller in this team: all open work, and finished work a page at a
   * time (newest first), so years of history never load at once.
   */
  mine: teamProcedure
    .input(z.object({ finishedBefore: pageBefore, limit: pageLimit }))
    .query(async ({ ctx, input }) => {
      const own = { teamId: ctx.team.id, assigneeUserId: ctx.user.id };
      const [open, finished] = await Promise.all([
        listAssignments(ctx.db, { ...own, filter: 'open' }),
        pageOfAssignments(ctx.db, {
          ...own,
          filter: 'finished',
          before: input.finishedBefore ?? undefined,
          limit: input.limit,
        }),
      ]);
      return { open, finished: finished.items, olderFinished: finished.older };
    }),

  /** Every assignment of the team and its status, for admins. */
  list: adminProcedure
    .input(
      z.object({
        filter: z.enum(ASSIGNMENT_LIST_FILTERS).default('all'),
        before: pageBefore,
        limit: pageLimit,
      }),
    )
    .query(({ ctx, input }) =>
      pageOfAssignments(ctx.db, {
        teamId: ctx.team.id,
        filter: input.filter,
        before: input.before ?? undefined,
        limit: input.limit,
      }),
    ),

  /** The navigation count: assignments waiting on the caller. */
  openCount: teamProcedure.query(({ ctx }) =>
    countOpenAssignments(ctx.db, { teamId: ctx.team.id, userId: ctx.user.id }),
  ),

  /**
   * The team's capacity: per member, hours a week of the steps they perform, of hand-offs still
   * pending, and of work already handed over, against their capacity for delegated work.
   */
  capacity: teamProcedure.query(async ({ ctx }) => {
    const [members, pending] = await Promise.all([
      ctx.report.capacity({ teamId: ctx.team.id, minVersion: ctx.team.dataVersion }),
      pendingHoursByAssignee(ctx.db, { teamId: ctx.team.id }),
    ]);
    return members
      .map((m) => ({
        ...m,
        pendingHoursPerWeek: pending.get(m.membershipId) ?? 0,
        overCapacity: m.delegatedHoursPerWeek > m.weeklyCapacityHours + 1e-9,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }),
});
