import type { Metadata } from 'next';
import { ProfileForms } from '@/components/profile/profile-forms';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // The account is the user's own, but the page lives in a team's header: not a member, a 404.
  await getCurrentTeam(slug);
  const api = await getServerApi();
  const user = await api.user.me();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your profile</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as {user.email}. Your name and password are the same in every team.
        </p>
      </div>
      <ProfileForms user={user} />
    </div>
  );
}
