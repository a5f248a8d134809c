import type { Metadata } from 'next';
import { utcToday } from '@/components/assignments/is-overdue';
import { TeamAssignmentsTable } from '@/components/assignments/team-assignments-table';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Team assignments' };

export default async function TeamAssignmentsPage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  if (role === 'member') {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Team assignments</h1>
        <p className="text-sm text-slate-600">
          Only owners and admins can see every assignment in the team. Yours are under My
          assignments.
        </p>
      </div>
    );
  }
  const api = await getServerApi();
  const assignments = await api.assignment.list({ teamId: team.id });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Team assignments</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every step handed over in this team, newest first: who has it, when it is due, and how it
          went.
        </p>
      </div>
      <TeamAssignmentsTable teamSlug={team.slug} assignments={assignments} today={utcToday()} />
    </div>
  );
}
