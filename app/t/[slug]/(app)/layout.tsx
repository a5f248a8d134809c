import { AppHeader } from '@/components/layout/app-header';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

/** The team's app pages, with the header; print views live outside this group. */
export default async function TeamAppLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const api = await getServerApi();
  const current = await getCurrentTeam(slug);
  const teamId = current.team.id;
  const [user, teams, openAssignments, unreadNotifications] = await Promise.all([
    api.user.me(),
    api.team.mine(),
    api.assignment.openCount({ teamId }),
    api.notification.unreadCount({ teamId }),
  ]);
  return (
    <>
      <AppHeader
        team={current.team}
        role={current.role}
        teams={teams}
        user={user}
        openAssignments={openAssignments}
        unreadNotifications={unreadNotifications}
      />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
