import 'server-only';
import { createRouter } from '@/server/trpc/init';
import { authRouter } from './auth';
import { teamRouter } from './team';
import { userRouter } from './user';

export const appRouter = createRouter({
  auth: authRouter,
  team: teamRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
