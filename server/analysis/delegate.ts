/**
 * Choosing the teammate to delegate a step to, and keeping track of their capacity.
 *
 * Choices where the design leaves room (what a careful operations consultant would do):
 *
 * - Spare capacity is shared, not re-used. Every suggestion takes its hours per week
 *   (hoursPerYear ÷ weeksPerYear) out of the teammate's spare capacity (capacity − committed),
 *   so nobody is suggested for more than they can take. Capacity is handed out greedily, in an
 *   order that does not depend on input order: the most expensive work first (cost per year
 *   desc), then hours per year desc, then stepId, then processId. The biggest tickets get first
 *   pick of the cheapest spare hours, as a consultant would hand them over first.
 * - The teammate is the cheapest one (effective hourly cost, team default when they have none)
 *   who costs strictly less than the performer and whose spare capacity still fits the step;
 *   ties on cost go to the name, then membershipId, so the answer is stable.
 * - A step only "fits" whole: it is never split across two teammates.
 * - An unassigned step (or one whose performer is not among the members, e.g. a removed
 *   membership) is never delegated: there is nobody to delegate it from, and its cost at the
 *   team default rate is an assumption, so a "saving" from reassigning it would be invented.
 *   It is kept with reason 'unassigned'; remove and automate still apply to it.
 * - Capacity freed on the performer's side is not offered back to others in the same run:
 *   that would chain suggestions (A → B → C) that nobody has agreed to yet.
 */
import { nonNegative } from './runs';
import type { AnalysisMember, MemberCapacity } from './types';

/** Float slack so a step that exactly fills the remaining capacity still fits. */
const CAPACITY_EPSILON = 1e-9;

export interface LedgerEntry {
  membershipId: string;
  name: string;
  hourlyCost: number;
  /** True when the member has no cost of their own and the team default applies. */
  usesDefaultCost: boolean;
  weeklyCapacityHours: number;
  committedHoursPerWeek: number;
  suggestedHoursPerWeek: number;
}

export interface CapacityLedger {
  /** Cheapest first, then name, then membershipId. */
  readonly byCost: readonly LedgerEntry[];
  readonly byId: ReadonlyMap<string, LedgerEntry>;
}

export function effectiveHourlyCost(
  hourlyCost: number | null | undefined,
  defaultHourlyCost: number,
): number {
  return hourlyCost === null || hourlyCost === undefined
    ? nonNegative(defaultHourlyCost)
    : nonNegative(hourlyCost);
}

/** Plain code-unit comparison: stable across machines, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createCapacityLedger(
  members: readonly AnalysisMember[],
  defaultHourlyCost: number,
): CapacityLedger {
  const byId = new Map<string, LedgerEntry>();
  // Sort before de-duplicating so a repeated membershipId resolves the same way in any order.
  const sorted = [...members].sort(
    (a, b) => compareStrings(a.membershipId, b.membershipId) || compareStrings(a.name, b.name),
  );
  for (const member of sorted) {
    if (byId.has(member.membershipId)) continue;
    byId.set(member.membershipId, {
      membershipId: member.membershipId,
      name: member.name,
      hourlyCost: effectiveHourlyCost(member.hourlyCost, defaultHourlyCost),
      usesDefaultCost: member.hourlyCost === null || member.hourlyCost === undefined,
      weeklyCapacityHours: nonNegative(member.weeklyCapacityHours),
      committedHoursPerWeek: nonNegative(member.committedHoursPerWeek),
      suggestedHoursPerWeek: 0,
    });
  }
  const byCost = [...byId.values()].sort(
    (a, b) =>
      a.hourlyCost - b.hourlyCost ||
      compareStrings(a.name, b.name) ||
      compareStrings(a.membershipId, b.membershipId),
  );
  return { byCost, byId };
}

function spare(entry: LedgerEntry): number {
  return entry.weeklyCapacityHours - entry.committedHoursPerWeek - entry.suggestedHoursPerWeek;
}

export interface DelegateRequest {
  performerHourlyCost: number;
  hoursPerWeek: number;
}

export type DelegateChoice =
  | {
      kind: 'delegate';
      membershipId: string;
      name: string;
      hourlyCost: number;
      /** Spare hours per week before this step was added. */
      spareHoursPerWeek: number;
    }
  /** cheaperTeammates: how many teammates cost less but lacked capacity (0 → nobody cheaper). */
  | { kind: 'none'; cheaperTeammates: number };

/** Finds the cheapest cheaper teammate with room; does not reserve the capacity. */
export function chooseDelegate(ledger: CapacityLedger, request: DelegateRequest): DelegateChoice {
  let cheaperTeammates = 0;
  for (const entry of ledger.byCost) {
    // byCost is ascending, so nobody further on is cheaper either. This also rules out the
    // performer: nobody costs strictly less than themself.
    if (entry.hourlyCost >= request.performerHourlyCost) break;
    const room = spare(entry);
    if (room + CAPACITY_EPSILON >= request.hoursPerWeek) {
      return {
        kind: 'delegate',
        membershipId: entry.membershipId,
        name: entry.name,
        hourlyCost: entry.hourlyCost,
        spareHoursPerWeek: Math.max(0, room),
      };
    }
    cheaperTeammates += 1;
  }
  return { kind: 'none', cheaperTeammates };
}

export function reserveCapacity(
  ledger: CapacityLedger,
  membershipId: string,
  hoursPerWeek: number,
): void {
  const entry = ledger.byId.get(membershipId);
  if (entry) entry.suggestedHoursPerWeek += hoursPerWeek;
}

export interface DelegationCandidateKey {
  stepId: string;
  processId: string;
  costPerYear: number;
  hoursPerYear: number;
}

/** The greedy order in which delegation candidates get capacity (see the top of this file). */
export function compareDelegationPriority(
  a: DelegationCandidateKey,
  b: DelegationCandidateKey,
): number {
  return (
    b.costPerYear - a.costPerYear ||
    b.hoursPerYear - a.hoursPerYear ||
    compareStrings(a.stepId, b.stepId) ||
    compareStrings(a.processId, b.processId)
  );
}

export function memberCapacities(ledger: CapacityLedger): MemberCapacity[] {
  return [...ledger.byId.values()]
    .sort((a, b) => compareStrings(a.membershipId, b.membershipId))
    .map((entry) => ({
      membershipId: entry.membershipId,
      hourlyCost: entry.hourlyCost,
      weeklyCapacityHours: entry.weeklyCapacityHours,
      committedHoursPerWeek: entry.committedHoursPerWeek,
      suggestedHoursPerWeek: entry.suggestedHoursPerWeek,
      spareHoursPerWeek: Math.max(0, spare(entry)),
    }));
}
