import type { Metadata } from 'next';
import Link from 'next/link';
import { utcToday } from '@/components/assignments/is-overdue';
import { MyAssignments } from '@/components/assignments/my-assignments';
import { readPageCursor, writePageCursor } from '@/components/assignments/page-cursor';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'My assignments' };

const FINISHED_PAGE = 20;

export default async function MyAssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { team, role } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const finishedBefore = readPageCursor(query.before);
  const mine = await api.assignment.mine({
    teamId: team.id,
    finishedBefore,
    limit: FINISHED_PAGE,
  });
  const base = `/t/${team.slug}/assignments`;
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
        open={mine.open}
        finished={mine.finished}
        olderHref={mine.olderFinished && `${base}?before=${writePageCursor(mine.olderFinished)}`}
        newestHref={finishedBefore ? base : null}
        today={utcToday()}
      />
    </div>
  );
}
