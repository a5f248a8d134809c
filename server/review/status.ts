/**
 * Whether a team's verdict on a finding still holds (pure).
 *
 * A verdict is about one action on one step. It no longer applies when the analysis now
 * recommends another action, and a dismissal lapses when the step changed materially since:
 * its hours per year moved by more than MATERIAL_CHANGE (a new frequency, minutes or
 * probability), or a flag the rules read (value, rule-based, needs judgment) changed. A
 * consultant would put such a step in front of the team again rather than bury it.
 */

import type { DecisionSnapshot } from '@/db/schema';

export const MATERIAL_CHANGE = 0.2;

export type ReviewStatus = 'open' | 'accepted' | 'dismissed' | 'done';

/** The finding's numbers when the verdict was given (stored with the decision). */
export type Snapshot = DecisionSnapshot;

export type StoredDecision = {
  action: string;
  status: 'accepted' | 'dismissed' | 'done';
  reason: string;
  snapshot: Snapshot;
  decidedByName: string | null;
  decidedAt: Date;
};

export type Review = {
  status: ReviewStatus;
  reason: string;
  decidedByName: string | null;
  decidedAt: Date | null;
  /** A dismissal that lapsed because the step changed: the UI says so. */
  resurfaced: boolean;
};

export function changedMaterially(before: Snapshot, now: Snapshot): boolean {
  if (
    before.value !== now.value ||
    before.ruleBased !== now.ruleBased ||
    before.needsJudgment !== now.needsJudgment
  ) {
    return true;
  }
  if (before.hoursPerYear === 0) return now.hoursPerYear > 0;
  const change = Math.abs(now.hoursPerYear - before.hoursPerYear) / before.hoursPerYear;
  // Hours are products of minutes, runs and probability: exactly 20 % can come out a few ulps
  // over or under. Exactly 20 % either way is not "more than 20 %".
  return change > MATERIAL_CHANGE + 1e-9;
}

/** A finding nobody has decided on (or whose verdict no longer holds). */
export const OPEN_REVIEW: Review = {
  status: 'open',
  reason: '',
  decidedByName: null,
  decidedAt: null,
  resurfaced: false,
};

export function reviewOf(
  action: string,
  now: Snapshot,
  decision: StoredDecision | undefined,
): Review {
  if (!decision) return OPEN_REVIEW;
  if (decision.action !== action)
    return { ...OPEN_REVIEW, resurfaced: decision.status === 'dismissed' };
  if (decision.status === 'dismissed' && changedMaterially(decision.snapshot, now))
    return { ...OPEN_REVIEW, resurfaced: true };
  return {
    status: decision.status,
    reason: decision.reason,
    decidedByName: decision.decidedByName,
    decidedAt: decision.decidedAt,
    resurfaced: false,
  };
}
