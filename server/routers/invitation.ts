import 'server-only';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Invitation, Team, User } from '@/db/schema';
import { invitationEmail } from '@/server/email/invitation-email';
import { getLogger } from '@/server/log/logger';
import { acceptInvitation, previewInvitation } from '@/server/queries/invitation-acceptance';
import {
  createInvitation,
  listOpenInvitations,
  resendInvitation,
  revokeInvitation,
} from '@/server/queries/invitations';
import type { Context } from '@/server/trpc/context';
import { adminProcedure, createRouter, publicProcedure, userProcedure } from '@/server/trpc/init';
import { inviteSchema } from './member.schema';
import { entityId } from './system.schema';

const invitationId = entityId;
const token = z.string().min(16).max(128);

/**
 * Emails the link when SMTP is configured. The link is returned either way, so the admin can
 * copy it; `emailed` says whether it went out.
 */
async function deliver(
  ctx: Context & { team: Team; user: User },
  invitation: Invitation,
  rawToken: string,
): Promise<{ link: string; emailed: boolean; emailError: string | null }> {
  const link = `${ctx.origin}/invite/${rawToken}`;
  if (!ctx.mailer) return { link, emailed: false, emailError: null };
  try {
    await ctx.mailer.send(
      invitationEmail({
        to: invitation.email,
        teamName: ctx.team.name,
        inviterName: ctx.user.name,
        role: invitation.role,
        link,
        expiresAt: invitation.expiresAt,
      }),
    );
    return { link, emailed: true, emailError: null };
  } catch (err) {
    getLogger().error(
      { err, requestId: ctx.requestId, teamId: ctx.team.id },
      'Sending an invitation email failed',
    );
    return {
      link,
      emailed: false,
      emailError: 'The email could not be sent; copy the link instead.',
    };
  }
}

export const invitationRouter = createRouter({
  list: adminProcedure.query(({ ctx }) => listOpenInvitations(ctx.db, { teamId: ctx.team.id })),

  create: adminProcedure.input(inviteSchema).mutation(async ({ ctx, input }) => {
    const { invitation, token: raw } = await createInvitation(ctx.db, {
      teamId: ctx.team.id,
      actor: ctx.membership,
      email: input.email,
      role: input.role,
    });
    return { id: invitation.id, email: invitation.email, ...(await deliver(ctx, invitation, raw)) };
  }),

  resend: adminProcedure.input(z.object({ invitationId })).mutation(async ({ ctx, input }) => {
    const { invitation, token: raw } = await resendInvitation(ctx.db, {
      teamId: ctx.team.id,
      actor: ctx.membership,
      invitationId: input.invitationId,
    });
    return { id: invitation.id, email: invitation.email, ...(await deliver(ctx, invitation, raw)) };
  }),

  revoke: adminProcedure.input(z.object({ invitationId })).mutation(async ({ ctx, input }) => {
    await revokeInvitation(ctx.db, {
      teamId: ctx.team.id,
      actor: ctx.membership,
      invitationId: input.invitationId,
    });
  }),

  /** The invitation page: anyone holding the link sees the team's name and the link's state. */
  preview: publicProcedure.input(z.object({ token })).query(async ({ ctx, input }) => {
    const preview = await previewInvitation(ctx.db, { token: input.token });
    if (!preview)
      throw new TRPCError({ code: 'NOT_FOUND', message: 'This invitation link is not valid.' });
    return preview;
  }),

  accept: userProcedure.input(z.object({ token })).mutation(({ ctx, input }) =>
    acceptInvitation(ctx.db, {
      token: input.token,
      userId: ctx.user.id,
      userEmailNormalized: ctx.user.emailNormalized,
    }),
  ),
});
