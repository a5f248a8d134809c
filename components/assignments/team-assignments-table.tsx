import Link from 'next/link';
import { formatHours, formatNumber } from '@/lib/format';
import { DueDate } from './due-date';
import { KindBadge, StatusBadge } from './status-badge';
import { stepHref } from './step-href';
import type { AssignmentView } from './types';

/** A page of the team's assignments, for owners and admins (the page filters and pages them). */
export function TeamAssignmentsTable({
  teamSlug,
  assignments,
  today,
  emptyText,
}: {
  teamSlug: string;
  assignments: AssignmentView[];
  /** UTC "YYYY-MM-DD", computed on the server (see utcToday). */
  today: string;
  emptyText: string;
}) {
  if (assignments.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
        {emptyText}
      </p>
    );
  }
  const shown = assignments;
  return (
    <div className="space-y-3">
      <div className="relative min-w-0 overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Team assignments</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              {['Step', 'Kind', 'Assignee', 'Assigned by', 'Due', 'Status', 'Note'].map((h) => (
                <th key={h} scope="col" className="px-4 py-3 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((a) => (
              <tr
                key={a.id}
                className="align-top"
                data-testid="team-assignment"
                data-status={a.status}
              >
                <td className="px-4 py-3">
                  <Link
                    href={stepHref(teamSlug, a)}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {a.stepTitle}
                  </Link>
                  <div className="text-xs text-slate-500">{a.processName}</div>
                </td>
                <td className="px-4 py-3">
                  <KindBadge kind={a.kind} />
                </td>
                <td className="px-4 py-3">{a.assigneeName}</td>
                <td className="px-4 py-3">{a.assignedByName ?? 'A former user'}</td>
                <td className="whitespace-nowrap px-4 py-3">
                  <DueDate dueDate={a.dueDate} status={a.status} today={today} />
                </td>
                <td className="px-4 py-3">
                  <StatusBadge status={a.status} />
                </td>
                <td className="max-w-xs px-4 py-3">
                  <NoteCell assignment={a} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function NoteCell({ assignment: a }: { assignment: AssignmentView }) {
  if (a.status === 'declined') {
    return (
      <p className="text-red-800">
        <span className="font-medium">Declined:</span> {a.declineReason}
      </p>
    );
  }
  const result =
    a.status === 'done' && a.kind === 'automate'
      ? [
          a.remainingMinutes !== null &&
            `${formatNumber(a.remainingMinutes, 1)} min a run left by hand`,
          a.effortHours !== null && `took ${formatHours(a.effortHours)}`,
        ].filter(Boolean)
      : [];
  if (!a.note && result.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <>
      {a.note && <p className="text-slate-700">“{a.note}”</p>}
      {result.length > 0 && <p className="text-xs text-emerald-800">{result.join(' · ')}</p>}
    </>
  );
}
