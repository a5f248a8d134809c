/**
 * Ordering, filtering and paging of a report's findings (pure). Findings are addressed by their
 * index in the analysis result, so an order is a typed array and a page is a slice of it.
 */
import { compareFindings, type CoreFinding } from '@/server/analysis';
import type { Review } from '@/server/review/status';
import type { SortKey } from './filters';
import type { Cursor, FindingQuery } from './model-types';
import type { SystemIndex } from './system-index';

const SORT_VALUE: Record<SortKey, (f: CoreFinding) => number> = {
  costSaved: (f) => f.costSavedPerYear,
  hoursSaved: (f) => f.hoursFreedPerYear,
  hours: (f) => f.hoursPerYear,
  cost: (f) => f.costPerYear,
};

/** Finding indices in the order of a sort key: its value desc, then the report's ranking. */
export function orderFindings(findings: readonly CoreFinding[], sort: SortKey): Int32Array {
  const n = findings.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // The analysis already ranks by cost saved: that order needs no sort.
  if (sort !== 'costSaved') {
    const value = SORT_VALUE[sort];
    const values = Float64Array.from(findings, value);
    order.sort((a, b) => values[b]! - values[a]! || a - b);
  }
  return order;
}

/** Whether the finding at an index passes the query's filters. */
export function matcherFor(
  findings: readonly CoreFinding[],
  reviews: readonly Review[],
  systems: SystemIndex,
  query: FindingQuery,
): (i: number) => boolean {
  const { action, review, performer, scope, within, stepIds } = query;
  return (i) => {
    const f = findings[i]!;
    if (action === 'candidates' ? f.action === 'keep' : action !== 'all' && f.action !== action)
      return false;
    const status = reviews[i]!.status;
    if (review === 'active' ? status === 'dismissed' : review !== 'all' && status !== review)
      return false;
    if (performer !== null && (f.performerId ?? 'unassigned') !== performer) return false;
    if (scope !== null && !systems.inSubtree(f.systemId, scope)) return false;
    if (within !== null && !systems.inSubtree(f.systemId, within)) return false;
    if (stepIds !== null && !stepIds.has(f.stepId)) return false;
    return true;
  };
}

export function cursorOf(f: CoreFinding, sort: SortKey): Cursor {
  return {
    v: SORT_VALUE[sort](f),
    c: f.costSavedPerYear,
    h: f.hoursSavedPerYear,
    s: f.stepId,
    p: f.processId,
  };
}

/** The first position in `order` that comes after the cursor (binary search). */
export function positionAfter(
  findings: readonly CoreFinding[],
  order: Int32Array,
  sort: SortKey,
  cursor: Cursor,
): number {
  const value = SORT_VALUE[sort];
  const after = {
    costSavedPerYear: cursor.c,
    hoursSavedPerYear: cursor.h,
    stepId: cursor.s,
    processId: cursor.p,
  };
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = findings[order[mid]!]!;
    // ≥ 0: f is the cursor's finding or comes before it in this order.
    const cmp = value(f) - cursor.v || compareFindings(after, f);
    if (cmp >= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
