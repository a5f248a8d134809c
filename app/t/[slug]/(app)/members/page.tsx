import type { Metadata } from 'next';
import { InvitationsPanel } from '@/components/members/invitations-panel';
import { MembersTable } from '@/components/members/members-table';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const isAdmin = role !== 'member';
  const [{ members, me }, invitations] = await Promise.all([
    api.member.list({ teamId: team.id }),
    isAdmin ? api.invitation.list({ teamId: team.id }) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <p className="mt-1 text-sm text-slate-600">
          Hourly cost prices each step in the streamlining report (empty means the team default).
          Capacity is the hours a week someone has for work delegated to them.
          {!isAdmin && ' Only owners and admins can change these.'}
        </p>
      </div>
      <MembersTable
        teamId={team.id}
        teamSlug={team.slug}
        members={members}
        me={me}
        currency={team.currency}
        defaultHourlyCost={team.defaultHourlyCost}
      />
      {isAdmin && (
        <InvitationsPanel
          teamId={team.id}
          invitations={invitations}
          canInviteOwners={role === 'owner'}
        />
      )}
    </div>
  );
}
