import { redirect } from 'next/navigation';
import { getSessionUserId } from '@/server/auth/session';
import { getCurrentTeam } from '@/trpc/current-team';

/** Every team page: signed in, and a member of the team named by the slug (else a 404). */
export default async function TeamLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  // The proxy already sends signed-out visitors to sign in; this is the check that counts.
  if (!(await getSessionUserId())) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/t/${slug}`)}`);
  }
  await getCurrentTeam(slug);
  return children;
}
