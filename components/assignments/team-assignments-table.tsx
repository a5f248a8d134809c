'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { SelectField } from '@/components/ui/select';
import { formatHours, formatNumber } from '@/server/analysis/format';
import { DueDate } from './due-date';
import { isOpen } from './is-overdue';
import { KindBadge, StatusBadge } from './status-badge';
import { stepHref } from './step-href';
import type { AssignmentStatus, AssignmentView } from './types';

const FILTERS = {
  all: { label: 'All', matches: () => true },
  open: { label: 'Open', matches: isOpen },
  done: { label: 'Done', matches: (s: AssignmentStatus) => s === 'done' },
  declined: { label: 'Declined', matches: (s: AssignmentStatus) => s === 'declined' },
} as const;

type Filter = keyof typeof FILTERS;

/** Every assignment in the team, for owners and admins, filterable by status. */
export function TeamAssignmentsTable({
  teamSlug,
  assignments,
  today,
}: {
  teamSlug: string;
  assignments: AssignmentView[];
  /** UTC "YYYY-MM-DD", computed on the server (see utcToday). */
  today: string;
}) {
  const hydrated = useHydrated();
  const [filter, setFilter] = useState<Filter>('all');
  if (assignments.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-500">
        Nothing has been handed over yet. Assign steps from the streamlining report.
      </p>
    );
  }
  const shown = assignments.filter((a) => FILTERS[filter].matches(a.status));
  return (
    <div className="space-y-3">
      <SelectField
        label="Filter by status"
        value={filter}
        disabled={!hydrated}
        onChange={(e) => setFilter(e.target.value as Filter)}
        className="w-56"
      >
        {(Object.keys(FILTERS) as Filter[]).map((f) => (
          <option key={f} value={f}>
            {FILTERS[f].label}
          </option>
        ))}
      </SelectField>
      <p className="text-xs text-slate-500" aria-live="polite">
        Showing {shown.length} of {assignments.length}
      </p>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Team assignments ({FILTERS[filter].label})</caption>
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
            {shown.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-4 py-6 text-center text-slate-500">
                  No {FILTERS[filter].label.toLowerCase()} assignments.
                </td>
              </tr>
            ) : (
              shown.map((a) => (
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
              ))
            )}
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
