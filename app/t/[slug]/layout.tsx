import { redirect } from 'next/navigation';
import { AppHeader } from '@/components/layout/app-header';
import { getSessionUserId } from '@/server/auth/session';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export default async function TeamLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  // The proxy already sends signed-out visitors to sign in; this is the check that counts.
  if (!(await getSessionUserId()))
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/t/${slug}`)}`);
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
