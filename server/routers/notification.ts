import 'server-only';
import { countUnread, listNotifications, markAllRead } from '@/server/queries/notifications';
import { createRouter, teamProcedure } from '@/server/trpc/init';

// Due dates are calendar days; "today" is the server's UTC date.
const today = () => new Date().toISOString().slice(0, 10);

export const notificationRouter = createRouter({
  list: teamProcedure.query(({ ctx }) =>
    listNotifications(ctx.db, { teamId: ctx.team.id, userId: ctx.user.id, today: today() }),
  ),
  unreadCount: teamProcedure.query(({ ctx }) =>
    countUnread(ctx.db, { teamId: ctx.team.id, userId: ctx.user.id, today: today() }),
  ),
  markAllRead: teamProcedure.mutation(({ ctx }) =>
    markAllRead(ctx.db, { teamId: ctx.team.id, userId: ctx.user.id }),
  ),
});
