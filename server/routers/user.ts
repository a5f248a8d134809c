import 'server-only';
import { createRouter, userProcedure } from '@/server/trpc/init';

export const userRouter = createRouter({
  /** The signed-in user, as the header shows them. */
  me: userProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    name: ctx.user.name,
    email: ctx.user.email,
  })),
});
