import 'server-only';
import { createRouter } from '@/server/trpc/init';
import { activityRouter } from './activity';
import { assignmentRouter } from './assignment';
import { authRouter } from './auth';
import { invitationRouter } from './invitation';
import { memberRouter } from './member';
import { notificationRouter } from './notification';
import { onboardingRouter } from './onboarding';
import { processRouter } from './process';
import { reportRouter } from './report';
import { reviewRouter } from './review';
import { searchRouter } from './search';
import { stepRouter } from './step';
import { systemRouter } from './system';
import { transferRouter } from './transfer';
import { teamRouter } from './team';
import { userRouter } from './user';

export const appRouter = createRouter({
  activity: activityRouter,
  assignment: assignmentRouter,
  auth: authRouter,
  invitation: invitationRouter,
  member: memberRouter,
  notification: notificationRouter,
  onboarding: onboardingRouter,
  process: processRouter,
  report: reportRouter,
  review: reviewRouter,
  search: searchRouter,
  step: stepRouter,
  system: systemRouter,
  transfer: transferRouter,
  team: teamRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
