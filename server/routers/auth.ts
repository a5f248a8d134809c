import 'server-only';
import { isUniqueViolation } from '@/db/errors';
import { hashPassword } from '@/server/auth/password';
import { existingAccountEmail } from '@/server/email/existing-account-email';
import { getLogger } from '@/server/log/logger';
import { createRouter, publicProcedure } from '@/server/trpc/init';
import { findUserByEmail, insertUser } from '@/server/queries/users';
import { signUpInput } from './auth.schema';

export const authRouter = createRouter({
  /**
   * Creates an account; the client then signs in with the same credentials. The answer is the
   * same whether or not the address already has an account, so sign-up cannot tell a stranger
   * who uses Opslens: an existing account is left as it is and its owner is emailed. (Signing in
   * afterwards is then a password guess, counted by the sign-in throttle like any other.)
   */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    // Hashed either way, so both outcomes take the same time.
    const passwordHash = await hashPassword(input.password);
    let existing = await findUserByEmail(ctx.db, input.email);
    if (!existing) {
      try {
        await insertUser(ctx.db, { ...input, passwordHash });
        return { ok: true as const };
      } catch (err) {
        // Two sign-ups racing for one email: the unique index decides, the loser is told nothing.
        if (!isUniqueViolation(err)) throw err;
        existing = await findUserByEmail(ctx.db, input.email);
      }
    }
    // Not awaited: how long the mail server takes must not tell the two answers apart.
    if (existing)
      ctx.mailer
        ?.send(existingAccountEmail({ to: existing.email, origin: ctx.origin }))
        .catch((err: unknown) =>
          getLogger().error(
            { err, requestId: ctx.requestId },
            'Sending the existing-account email failed',
          ),
        );
    return { ok: true as const };
  }),
});
