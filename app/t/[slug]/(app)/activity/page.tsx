import { formatDateTime } from '@/lib/format';
import type { Metadata } from 'next';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Activity' };

export default async function ActivityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  if (role === 'member') {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        <p className="text-sm text-slate-600">
          Only owners and admins can see the team’s activity log.
        </p>
      </div>
    );
  }
  const api = await getServerApi();
  const entries = await api.activity.list({ teamId: team.id, limit: 200 });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        <p className="mt-1 text-sm text-slate-600">Who changed what in this team, newest first.</p>
      </div>
      {entries.length === 0 ? (
        <EmptyState title="Nothing has happened yet">
          Changes to systems, processes, members and decisions are listed here as they happen.
        </EmptyState>
      ) : (
        <ol
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
          aria-label="Activity log"
        >
          {entries.map((e) => (
            <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3 text-sm">
              <span>
                <span className="font-medium">{e.actorName ?? 'A former user'}</span> {e.summary}
              </span>
              <time dateTime={e.createdAt.toISOString()} className="ml-auto text-xs text-slate-500">
                {formatDateTime(e.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
