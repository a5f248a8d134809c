import 'server-only';
import { z } from 'zod';
import { listMembers, removeMember, updateMember } from '@/server/queries/members';
import { adminProcedure, createRouter, teamProcedure } from '@/server/trpc/init';
import { memberPatchSchema } from './member.schema';
import { pickerSearchSchema } from './picker.schema';
import { searchMembers } from '@/server/queries/pickers';
import { entityId } from './system.schema';

const membershipId = entityId;

export const memberRouter = createRouter({
  /** Everyone in the team sees the members; only admins may change them. */
  list: teamProcedure.query(async ({ ctx }) => ({
    members: await listMembers(ctx.db, { teamId: ctx.team.id }),
    me: { membershipId: ctx.membership.id, role: ctx.membership.role },
  })),

  /** Members matching what was typed, for performer and teammate pickers. */
  search: teamProcedure
    .input(pickerSearchSchema)
    .query(({ ctx, input: { teamId, ...search } }) =>
      searchMembers(ctx.db, { teamId: ctx.team.id, ...search }),
    ),

  update: adminProcedure
    .input(memberPatchSchema.extend({ membershipId }))
    .mutation(({ ctx, input: { teamId, membershipId, ...patch } }) =>
      updateMember(ctx.db, { teamId: ctx.team.id, actor: ctx.membership, membershipId, patch }),
    ),

  remove: adminProcedure.input(z.object({ membershipId })).mutation(async ({ ctx, input }) => {
    await removeMember(ctx.db, {
      teamId: ctx.team.id,
      actor: ctx.membership,
      membershipId: input.membershipId,
    });
  }),

  /** Any member may leave, except the last owner. */
  leave: teamProcedure.mutation(async ({ ctx }) => {
    await removeMember(ctx.db, {
      teamId: ctx.team.id,
      actor: ctx.membership,
      membershipId: ctx.membership.id,
    });
  }),
});
