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
  const [current, user, teams] = await Promise.all([
    getCurrentTeam(slug),
    api.user.me(),
    api.team.mine(),
  ]);
  return (
    <>
      <AppHeader team={current.team} role={current.role} teams={teams} user={user} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
