import type { Metadata } from 'next';
import Link from 'next/link';
import { utcToday } from '@/components/assignments/is-overdue';
import { readPageCursor, writePageCursor } from '@/components/assignments/page-cursor';
import { TeamAssignmentsTable } from '@/components/assignments/team-assignments-table';
import {
  ASSIGNMENT_LIST_FILTERS,
  type AssignmentListFilter,
} from '@/server/queries/assignment-list';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Team assignments' };

const FILTER_LABELS: Record<AssignmentListFilter, string> = {
  all: 'All',
  open: 'Open',
  done: 'Done',
  declined: 'Declined',
};

export default async function TeamAssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
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
  const filter = ASSIGNMENT_LIST_FILTERS.find((f) => f === query.status) ?? 'all';
  const before = readPageCursor(query.before);
  const api = await getServerApi();
  const { items, older } = await api.assignment.list({ teamId: team.id, filter, before });
  const base = `/t/${team.slug}/assignments/team`;
  const href = (f: AssignmentListFilter) => (f === 'all' ? base : `${base}?status=${f}`);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Team assignments</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every step handed over in this team, newest first: who has it, when it is due, and how it
          went.
        </p>
      </div>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {ASSIGNMENT_LIST_FILTERS.map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === filter ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${f === filter ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50'}`}
          >
            {FILTER_LABELS[f]}
          </Link>
        ))}
      </nav>
      <TeamAssignmentsTable
        teamSlug={team.slug}
        assignments={items}
        today={utcToday()}
        emptyText={
          before
            ? 'No older assignments.'
            : filter === 'all'
              ? 'Nothing has been handed over yet. Assign steps from the streamlining report.'
              : `No ${FILTER_LABELS[filter].toLowerCase()} assignments.`
        }
      />
      <div className="flex gap-4 text-sm">
        {before && (
          <Link href={href(filter)} className="text-brand-700 hover:underline">
            ← Newest
          </Link>
        )}
        {older && (
          <Link
            href={`${base}?${new URLSearchParams({
              ...(filter === 'all' ? {} : { status: filter }),
              before: writePageCursor(older),
            })}`}
            className="text-brand-700 hover:underline"
          >
            Older →
          </Link>
        )}
      </div>
    </div>
  );
}
