import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { JoinTeamButton } from '@/components/invitations/join-team-button';
import { buttonClass } from '@/components/ui/button';
import { getSessionUserId } from '@/server/auth/session';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Invitation' };

const STATUS_MESSAGE = {
  expired: {
    title: 'This invitation has expired',
    body: 'Invitation links work for 7 days. Ask the person who invited you to send a new one.',
  },
  revoked: {
    title: 'This invitation was withdrawn',
    body: 'Ask the team for a new invitation if you still need to join.',
  },
  accepted: {
    title: 'This invitation has already been used',
    body: 'Each link works once. If it was yours, sign in to reach the team.',
  },
} as const;

function Card({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {children}
      </div>
    </main>
  );
}

export default async function InvitationPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const { join } = await searchParams;
  const api = await getServerApi();
  const preview = await api.invitation.preview({ token }).catch((err: unknown) => {
    if (isNotFound(err) || (err as { code?: string }).code === 'BAD_REQUEST') return null;
    throw err;
  });

  if (!preview) {
    return (
      <Card>
        <h1 className="text-lg font-semibold">This invitation link is not valid</h1>
        <p className="text-sm text-slate-600">
          Check that you copied the whole link, or ask for a new invitation.
        </p>
      </Card>
    );
  }

  const userId = await getSessionUserId();
  const me = userId ? await api.user.me() : null;
  const myTeams = userId ? await api.team.mine() : [];
  const alreadyMember = myTeams.some((t) => t.slug === preview.teamSlug);

  if (preview.status !== 'pending' && !alreadyMember) {
    const msg = STATUS_MESSAGE[preview.status];
    return (
      <Card>
        <h1 className="text-lg font-semibold">{msg.title}</h1>
        <p className="text-sm text-slate-600">{msg.body}</p>
        <Link href="/" className="text-sm font-medium text-brand-600 hover:underline">
          Go to Opslens
        </Link>
      </Card>
    );
  }

  const here = `/invite/${token}`;
  const afterAuth = encodeURIComponent(`${here}?join=1`);
  const article = preview.role === 'member' ? 'a' : 'an';
  return (
    <Card>
      <p className="text-sm text-slate-500">Invitation</p>
      <h1 className="text-lg font-semibold">Join {preview.teamName} on Opslens</h1>
      <p className="text-sm text-slate-600">
        {preview.invitedBy ?? 'A team admin'} invited <strong>{preview.email}</strong> to join as{' '}
        {article} {preview.role}.
      </p>
      {alreadyMember ? (
        <Link href={`/t/${preview.teamSlug}`} className={buttonClass('primary', 'w-full')}>
          You are a member — open {preview.teamName}
        </Link>
      ) : !me ? (
        <div className="space-y-2">
          <Link
            href={`/sign-up?callbackUrl=${afterAuth}&email=${encodeURIComponent(preview.email)}`}
            className={buttonClass('primary', 'w-full')}
          >
            Create an account to join
          </Link>
          <Link
            href={`/sign-in?callbackUrl=${afterAuth}`}
            className={buttonClass('secondary', 'w-full')}
          >
            I have an account — sign in
          </Link>
        </div>
      ) : me.email.toLowerCase() === preview.email.toLowerCase() ? (
        <JoinTeamButton token={token} teamName={preview.teamName} autoJoin={join === '1'} />
      ) : (
        <div className="space-y-3 text-sm text-slate-600">
          <p>
            You are signed in as <strong>{me.email}</strong>. This invitation is for{' '}
            <strong>{preview.email}</strong>: sign out, then open the link again and sign in or sign
            up with that email.
          </p>
          <SignOutButton />
        </div>
      )}
    </Card>
  );
}
