import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
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
  if (assignments.length === 0) return <EmptyState title={emptyText} />;
  return (
    <Table label="Team assignments">
      <THead>
        {['Step', 'Kind', 'Assignee', 'Assigned by', 'Due', 'Status', 'Note'].map((h) => (
          <Th key={h}>{h}</Th>
        ))}
      </THead>
      <TBody>
        {assignments.map((a) => (
          <tr key={a.id} className="align-top" data-testid="team-assignment" data-status={a.status}>
            <Td>
              <Link
                href={stepHref(teamSlug, a)}
                className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {a.stepTitle}
              </Link>
              <div className="text-xs text-slate-500">{a.processName}</div>
            </Td>
            <Td>
              <KindBadge kind={a.kind} />
            </Td>
            <Td>{a.assigneeName}</Td>
            <Td>{a.assignedByName ?? 'A former user'}</Td>
            <Td className="whitespace-nowrap">
              <DueDate dueDate={a.dueDate} status={a.status} today={today} />
            </Td>
            <Td>
              <StatusBadge status={a.status} />
            </Td>
            <Td className="max-w-xs">
              <NoteCell assignment={a} />
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
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
