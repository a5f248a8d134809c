import 'server-only';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { lockedMessage } from '@/server/auth/credentials';
import { isDemoAccount } from '@/server/demo/account';
import { DomainError } from '@/server/domain-error';
import {
  clearSignInFailures,
  recordSignInFailure,
  signInLockedUntil,
} from '@/server/queries/sign-in-throttle';
import { updateUserName, updateUserPassword } from '@/server/queries/users';
import { createRouter, userProcedure } from '@/server/trpc/init';
import { changePasswordSchema, updateProfileSchema } from './user.schema';

const WRONG_PASSWORD = 'That is not your current password.';

export const userRouter = createRouter({
  /** The signed-in user, as the header shows them. */
  me: userProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    name: ctx.user.name,
    email: ctx.user.email,
    // Accounts made by GitHub or Google sign-in have none, so there is nothing to change.
    hasPassword: ctx.user.passwordHash !== null,
  })),

  /** Changes the caller's display name (shown in the header, members list and report). */
  updateProfile: userProcedure.input(updateProfileSchema).mutation(async ({ ctx, input }) => {
    await updateUserName(ctx.db, { userId: ctx.user.id, name: input.name });
    return { name: input.name };
  }),

  /**
   * Changes the caller's password after checking the current one. Wrong current passwords count
   * against the same per-email lockout as sign-in (server/auth/credentials.ts), so a session
   * left open cannot be used to guess the password faster than the sign-in page allows.
   */
  changePassword: userProcedure.input(changePasswordSchema).mutation(async ({ ctx, input }) => {
    const { user } = ctx;
    if (isDemoAccount(user.emailNormalized)) {
      // One visitor changing it would lock every other visitor out of the demo.
      throw new DomainError(
        'FORBIDDEN',
        'The demo account’s password is shared by every visitor: it cannot be changed.',
        'currentPassword',
      );
    }
    if (!user.passwordHash) {
      // Giving it one would shut it out of its OAuth sign-in (auth/options.ts refuses those).
      throw new DomainError(
        'BAD_REQUEST',
        'Your account signs in with GitHub or Google and has no password to change.',
        'currentPassword',
      );
    }
    const now = new Date();
    // Its own budget: a stolen session may not guess faster than sign-in allows, nor lock sign-in.
    const key = `password:${user.emailNormalized}`;
    const lockedUntil = await signInLockedUntil(ctx.db, key, now);
    if (lockedUntil) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        lockedMessage(lockedUntil, now, 'wrong passwords'),
        'currentPassword',
      );
    }
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      await recordSignInFailure(ctx.db, key, now);
      const nowLocked = await signInLockedUntil(ctx.db, key, now);
      throw nowLocked
        ? new DomainError(
            'TOO_MANY_REQUESTS',
            lockedMessage(nowLocked, now, 'wrong passwords'),
            'currentPassword',
          )
        : new DomainError('BAD_REQUEST', WRONG_PASSWORD, 'currentPassword');
    }
    await updateUserPassword(ctx.db, {
      userId: user.id,
      passwordHash: await hashPassword(input.newPassword),
    });
    // Knowing the password ends any run of failures, as a successful sign-in does.
    await clearSignInFailures(ctx.db, key);
    return { ok: true as const };
  }),
});
