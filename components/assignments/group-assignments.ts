import { isOpen } from './is-overdue';
import type { AssignmentStatus } from './types';

type Groupable = { status: AssignmentStatus; dueDate: string | null };

/**
 * Splits assignments into the open ones — soonest due first, undated last, otherwise in the
 * order given — and the finished ones (done or declined), in the order given.
 */
export function groupAssignments<T extends Groupable>(rows: T[]): { open: T[]; finished: T[] } {
  const open = rows.filter((r) => isOpen(r.status));
  const finished = rows.filter((r) => !isOpen(r.status));
  // Array.prototype.sort is stable, so equal due dates keep the server's order (newest first).
  open.sort((a, b) => {
    if (a.dueDate === b.dueDate) return 0;
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  });
  return { open, finished };
}
