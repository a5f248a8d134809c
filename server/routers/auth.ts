import 'server-only';
import { isUniqueViolation } from '@/db/errors';
import { hashPassword } from '@/server/auth/password';
import { fieldError } from '@/server/trpc/errors';
import { createRouter, publicProcedure } from '@/server/trpc/init';
import { findUserByEmail, insertUser } from '@/server/queries/users';
import { signUpInput } from './auth.schema';

export const authRouter = createRouter({
  /** Creates an account; the client then signs in with the same credentials. */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    if (await findUserByEmail(ctx.db, input.email)) {
      throw fieldError('email', 'An account with this email already exists. Sign in instead.');
    }
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await insertUser(ctx.db, { ...input, passwordHash });
      return { id: user.id };
    } catch (err) {
      // Two sign-ups racing for one email: the unique index decides, the loser gets the same message.
      if (isUniqueViolation(err)) {
        throw fieldError('email', 'An account with this email already exists. Sign in instead.');
      }
      throw err;
    }
  }),
});
