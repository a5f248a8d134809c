import { describe, expect, it } from 'vitest';
import { changedMaterially, reviewOf, type Snapshot, type StoredDecision } from './status';

const snap: Snapshot = { hoursPerYear: 100, value: 'none', ruleBased: false, needsJudgment: false };
const dismissed: StoredDecision = {
  action: 'remove',
  status: 'dismissed',
  reason: 'The auditor asks for it',
  snapshot: snap,
  decidedByName: 'Dana',
  decidedAt: new Date('2026-01-01'),
};

describe('changedMaterially', () => {
  it('ignores small changes in hours and reacts to big ones or any flag', () => {
    // 100 h → 120 h is +20%: not more than 20%, so not material; 121 h is.
    expect(changedMaterially(snap, { ...snap, hoursPerYear: 120 })).toBe(false);
    expect(changedMaterially(snap, { ...snap, hoursPerYear: 121 })).toBe(true);
    expect(changedMaterially(snap, { ...snap, hoursPerYear: 79 })).toBe(true);
    expect(changedMaterially(snap, { ...snap, ruleBased: true })).toBe(true);
    expect(changedMaterially(snap, { ...snap, value: 'required' })).toBe(true);
    expect(changedMaterially({ ...snap, hoursPerYear: 0 }, { ...snap, hoursPerYear: 0 })).toBe(
      false,
    );
    expect(changedMaterially({ ...snap, hoursPerYear: 0 }, { ...snap, hoursPerYear: 1 })).toBe(
      true,
    );
  });
});

describe('changedMaterially at exactly 20 %', () => {
  // Hours as the analysis computes them: weekly runs, 90 % probability, minutes → hours.
  const hours = (minutes: number) => ((52 * minutes) / 60) * 0.9;
  const at = (minutes: number) => ({ ...snap, hoursPerYear: hours(minutes) });
  it('is not material at exactly +20 % or −20 %, whatever the floating point makes of it', () => {
    // Each pair is exactly ±20 % on paper; in binary some come out a hair over 0.2.
    for (const [from, to] of [
      [10, 12],
      [7, 8.4],
      [25, 30],
      [45, 36],
      [10, 8],
      [15, 18],
    ] as const) {
      expect(changedMaterially(at(from), at(to)), `${from} → ${to} min`).toBe(false);
    }
  });
  it('is material just beyond 20 % either way', () => {
    expect(changedMaterially(at(10), at(12.01))).toBe(true);
    expect(changedMaterially(at(10), at(7.99))).toBe(true);
  });
});

describe('reviewOf', () => {
  it('is open without a decision', () => {
    expect(reviewOf('remove', snap, undefined)).toMatchObject({
      status: 'open',
      resurfaced: false,
    });
  });
  it('keeps a dismissal while the step is unchanged, with its reason', () => {
    expect(reviewOf('remove', { ...snap, hoursPerYear: 110 }, dismissed)).toMatchObject({
      status: 'dismissed',
      reason: 'The auditor asks for it',
      decidedByName: 'Dana',
    });
  });
  it('reopens a dismissal when the step changed materially, and says so', () => {
    expect(reviewOf('remove', { ...snap, hoursPerYear: 200 }, dismissed)).toMatchObject({
      status: 'open',
      resurfaced: true,
    });
  });
  it('does not carry a verdict over to another action', () => {
    expect(reviewOf('automate', snap, dismissed)).toMatchObject({
      status: 'open',
      resurfaced: true,
    });
    expect(reviewOf('automate', snap, { ...dismissed, status: 'accepted' })).toMatchObject({
      status: 'open',
      resurfaced: false,
    });
  });
  it('keeps an acceptance even when the numbers move', () => {
    expect(
      reviewOf('remove', { ...snap, hoursPerYear: 500 }, { ...dismissed, status: 'accepted' })
        .status,
    ).toBe('accepted');
  });
});
