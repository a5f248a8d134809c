import { formatDate } from '@/lib/format';
import { isOverdue } from './is-overdue';
import type { AssignmentStatus } from './types';

/** "2025-03-04" → "Mar 4, 2025"; a string that is not a date is shown as it is. */
export function formatCalendarDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatDate(date);
}

/** A moment as its UTC calendar day: "Mar 4, 2025". */
export function formatDay(date: Date): string {
  return formatDate(date);
}

/** "Due Mar 4, 2025", marked Overdue in red while the assignment is open and the day has passed. */
export function DueDate({
  dueDate,
  status,
  today,
}: {
  dueDate: string | null;
  status: AssignmentStatus;
  today: string;
}) {
  if (!dueDate) return <span className="text-slate-500">No due date</span>;
  const overdue = isOverdue({ dueDate, status }, today);
  return (
    <span className={`inline-flex flex-wrap items-center gap-1.5 ${overdue ? 'text-red-700' : ''}`}>
      <span>
        Due <time dateTime={dueDate}>{formatCalendarDay(dueDate)}</time>
      </span>
      {overdue && (
        <strong
          className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-700 ring-1 ring-red-200"
          data-testid="overdue"
        >
          Overdue
        </strong>
      )}
    </span>
  );
}
