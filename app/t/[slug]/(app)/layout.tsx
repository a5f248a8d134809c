import { AppHeader } from '@/components/layout/app-header';
import { getCurrentTeam } from '@/trpc/current-team';
import { getQueryClient, getServerApi, HydrateClient, serverTrpc } from '@/trpc/server';

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
  const [user, teams, openAssignments] = await Promise.all([
    api.user.me(),
    api.team.mine(),
    api.assignment.openCount({ teamId }),
    // The bell reads its count from the cache this fills (it polls from there on).
    getQueryClient().prefetchQuery(serverTrpc.notification.unreadCount.queryOptions({ teamId })),
  ]);
  return (
    <>
      <HydrateClient>
        <AppHeader
          team={current.team}
          role={current.role}
          teams={teams}
          user={user}
          openAssignments={openAssignments}
        />
      </HydrateClient>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
