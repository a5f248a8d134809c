import type { AssignmentStatus } from './types';

/**
 * Today's calendar day in UTC ("YYYY-MM-DD"), the same "today" the server uses for overdue
 * reminders. Pages compute it on the server and pass it down, so the browser's clock and time
 * zone can never disagree with the server-rendered HTML.
 */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Still waiting on the assignee: not yet done and not declined. */
export function isOpen(status: AssignmentStatus): boolean {
  return status === 'assigned' || status === 'accepted';
}

/**
 * Past its due date and still open. Due dates are calendar days, so ISO strings compare
 * correctly as text; an assignment due today is not overdue yet.
 */
export function isOverdue(
  assignment: { dueDate: string | null; status: AssignmentStatus },
  today: string,
): boolean {
  return assignment.dueDate !== null && isOpen(assignment.status) && assignment.dueDate < today;
}
