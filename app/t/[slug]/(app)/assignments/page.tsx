import type { Metadata } from 'next';
import Link from 'next/link';
import { utcToday } from '@/components/assignments/is-overdue';
import { MyAssignments } from '@/components/assignments/my-assignments';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'My assignments' };

export default async function MyAssignmentsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const assignments = await api.assignment.mine({ teamId: team.id });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">My assignments</h1>
        <p className="mt-1 text-sm text-slate-600">
          Steps teammates handed to you or asked you to automate. Accept them, or decline with a
          reason; mark them done once the work has moved.
          {role !== 'member' && (
            <>
              {' '}
              <Link href={`/t/${team.slug}/assignments/team`} className="text-brand-700 underline">
                See the whole team’s assignments
              </Link>
              .
            </>
          )}
        </p>
      </div>
      <MyAssignments
        teamId={team.id}
        teamSlug={team.slug}
        assignments={assignments}
        today={utcToday()}
      />
    </div>
  );
}
