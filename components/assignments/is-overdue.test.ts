import { describe, expect, it } from 'vitest';
import { isOpen, isOverdue, utcToday } from './is-overdue';

describe('isOverdue', () => {
  const today = '2025-03-10';

  it('is overdue when an open assignment was due before today', () => {
    expect(isOverdue({ dueDate: '2025-03-09', status: 'assigned' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2024-12-31', status: 'accepted' }, today)).toBe(true);
  });

  it('is not overdue on the due day itself or before it', () => {
    expect(isOverdue({ dueDate: '2025-03-10', status: 'assigned' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2025-03-11', status: 'accepted' }, today)).toBe(false);
  });

  it('is never overdue without a due date', () => {
    expect(isOverdue({ dueDate: null, status: 'assigned' }, today)).toBe(false);
  });

  it('is never overdue once finished', () => {
    expect(isOverdue({ dueDate: '2025-01-01', status: 'done' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2025-01-01', status: 'declined' }, today)).toBe(false);
  });

  it('compares calendar days across month and year boundaries', () => {
    expect(isOverdue({ dueDate: '2025-02-28', status: 'assigned' }, '2025-03-01')).toBe(true);
    expect(isOverdue({ dueDate: '2025-12-31', status: 'assigned' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'assigned' }, '2025-12-31')).toBe(false);
  });
});

describe('isOpen', () => {
  it('counts assigned and accepted as open, done and declined as finished', () => {
    expect(isOpen('assigned')).toBe(true);
    expect(isOpen('accepted')).toBe(true);
    expect(isOpen('done')).toBe(false);
    expect(isOpen('declined')).toBe(false);
  });
});

describe('utcToday', () => {
  it('gives the UTC calendar day, whatever the local time zone', () => {
    // 23:30 on March 9 in New York is already March 10 in UTC.
    expect(utcToday(new Date('2025-03-09T23:30:00-04:00'))).toBe('2025-03-10');
    expect(utcToday(new Date('2025-03-10T00:00:00Z'))).toBe('2025-03-10');
    expect(utcToday(new Date('2025-03-10T23:59:59.999Z'))).toBe('2025-03-10');
  });

  it('makes an assignment due yesterday (UTC) overdue today', () => {
    const today = utcToday(new Date('2025-01-01T00:00:01Z'));
    expect(isOverdue({ dueDate: '2024-12-31', status: 'assigned' }, today)).toBe(true);
  });
});
