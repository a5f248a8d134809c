import { describe, expect, it } from 'vitest';
import { groupAssignments } from './group-assignments';
import type { AssignmentStatus } from './types';

const row = (id: string, status: AssignmentStatus, dueDate: string | null = null) => ({
  id,
  status,
  dueDate,
});

describe('groupAssignments', () => {
  it('puts assigned and accepted in open, done and declined in finished', () => {
    const { open, finished } = groupAssignments([
      row('a', 'assigned'),
      row('b', 'done'),
      row('c', 'accepted'),
      row('d', 'declined'),
    ]);
    expect(open.map((r) => r.id)).toEqual(['a', 'c']);
    expect(finished.map((r) => r.id)).toEqual(['b', 'd']);
  });

  it('orders open work by due date, undated last, keeping the given order on ties', () => {
    const { open } = groupAssignments([
      row('none-1', 'assigned'),
      row('late', 'assigned', '2025-05-01'),
      row('soon-1', 'accepted', '2025-03-01'),
      row('none-2', 'accepted'),
      row('soon-2', 'assigned', '2025-03-01'),
    ]);
    expect(open.map((r) => r.id)).toEqual(['soon-1', 'soon-2', 'late', 'none-1', 'none-2']);
  });

  it('keeps finished work in the given order and does not change the input', () => {
    const input = [row('x', 'done', '2025-06-01'), row('y', 'declined', '2025-01-01')];
    const { finished } = groupAssignments(input);
    expect(finished.map((r) => r.id)).toEqual(['x', 'y']);
    expect(input.map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('handles no assignments', () => {
    expect(groupAssignments([])).toEqual({ open: [], finished: [] });
  });
});
