/**
 * The streamlining report of one team at one data version (pure: no database, no framework).
 *
 * Built once per version from the analysis (which always runs team-wide: delegation shares
 * capacity across the business), then read many times: a small summary per zoom level and
 * findings a page at a time, filtered and sorted here rather than in the browser. What is needed
 * only for what is shown (reasons in words, step titles, process names) is not part of the model:
 * callers add it to the findings of the page they send.
 */
import {
  analyzeTeamCore,
  compareFindings,
  createExplainer,
  type Action,
  type AnalysisInput,
  type CoreFinding,
  type CoreResult,
  type KeepReason,
} from '@/server/analysis';
import { reviewOf, type Review, type StoredDecision } from '@/server/review/status';
import { indexSystems, type SystemIndex } from './system-index';

export type SavingsTotals = {
  count: number;
  hoursSavedPerYear: number;
  hoursFreedPerYear: number;
  costSavedPerYear: number;
};

export type RealizedRow = {
  systemId: string | null;
  action: Exclude<Action, 'keep'>;
  costSavedPerYear: number;
  hoursSavedPerYear: number;
  hoursFreedPerYear: number;
};

export type ReportSource = {
  teamId: string;
  dataVersion: number;
  /** Live processes and steps only; names and titles may be left out (see readAnalysisInput). */
  input: AnalysisInput;
  decisions: ReadonlyMap<string, StoredDecision>;
  realized: readonly RealizedRow[];
};

import type { ActionFilter, ReviewFilter, SortKey } from './filters';

export { ACTION_FILTERS, REVIEW_FILTERS, SORT_KEYS } from './filters';
export type { ActionFilter, ReviewFilter, SortKey } from './filters';

const SORT_VALUE: Record<SortKey, (f: CoreFinding) => number> = {
  costSaved: (f) => f.costSavedPerYear,
  hoursSaved: (f) => f.hoursFreedPerYear,
  hours: (f) => f.hoursPerYear,
  cost: (f) => f.costPerYear,
};

export type FindingQuery = {
  /** The zoom level: null is the whole business. */
  scope: string | null;
  /** A system inside the zoom level to narrow to (its whole subtree). */
  within: string | null;
  action: ActionFilter;
  review: ReviewFilter;
  /** A membershipId, or 'unassigned'. */
  performer: string | null;
  /** Only these steps (the matches of a search in titles), when set. */
  stepIds: ReadonlySet<string> | null;
  sort: SortKey;
};

/** Where the previous page ended: the last finding's sort value and ranking keys. */
export type Cursor = { v: number; c: number; h: number; s: string; p: string };

export type ModelFinding = { finding: CoreFinding; review: Review };

const zero = (): SavingsTotals => ({
  count: 0,
  hoursSavedPerYear: 0,
  hoursFreedPerYear: 0,
  costSavedPerYear: 0,
});

const perAction = (): Record<Exclude<Action, 'keep'>, SavingsTotals> => ({
  remove: zero(),
  automate: zero(),
  delegate: zero(),
});

function sumTotals(parts: SavingsTotals[]): SavingsTotals {
  const total = zero();
  for (const p of parts) {
    total.count += p.count;
    total.hoursSavedPerYear += p.hoursSavedPerYear;
    total.hoursFreedPerYear += p.hoursFreedPerYear;
    total.costSavedPerYear += p.costSavedPerYear;
  }
  return total;
}

/** How many rows of "time by system" and zoom links a summary carries at most. */
export const SUMMARY_SYSTEM_ROWS = 24;
/** How many steps the Pareto chart shows. */
export const PARETO_STEPS = 12;

const OPEN: Review = {
  status: 'open',
  reason: '',
  decidedByName: null,
  decidedAt: null,
  resurfaced: false,
};

export type ScopeSummary = ReturnType<typeof summarizeScope>;

export class ReportModel {
  readonly teamId: string;
  readonly dataVersion: number;
  readonly input: AnalysisInput;
  readonly core: CoreResult;
  readonly systems: SystemIndex;
  /** The team's verdict on each finding, parallel to core.findings. */
  readonly reviews: readonly Review[];
  readonly realized: readonly RealizedRow[];
  private indexOfStep: Map<string, number> | null = null;
  private readonly memberNames: ReadonlyMap<string, string>;
  private readonly orders = new Map<SortKey, Int32Array>();
  private readonly summaries = new Map<string | null, ScopeSummary>();
  private explainer: ((f: CoreFinding) => string[]) | null = null;

  constructor(source: ReportSource) {
    this.teamId = source.teamId;
    this.dataVersion = source.dataVersion;
    this.input = source.input;
    this.core = analyzeTeamCore(source.input);
    this.systems = indexSystems(source.input.systems);
    this.realized = source.realized;
    this.memberNames = new Map(source.input.members.map((m) => [m.membershipId, m.name]));

    // Verdicts are few: only their steps are looked up, never an index of every step.
    const decidedSteps = new Map<string, AnalysisInput['processes'][number]['steps'][number]>();
    if (source.decisions.size > 0) {
      for (const p of source.input.processes)
        for (const s of p.steps) if (source.decisions.has(s.id)) decidedSteps.set(s.id, s);
    }
    const reviews: Review[] = new Array(this.core.findings.length);
    this.core.findings.forEach((f, i) => {
      const decision = f.action === 'keep' ? undefined : source.decisions.get(f.stepId);
      if (!decision) {
        reviews[i] = OPEN;
        return;
      }
      const step = decidedSteps.get(f.stepId)!;
      reviews[i] = reviewOf(
        f.action,
        {
          hoursPerYear: f.hoursPerYear,
          value: step.value,
          ruleBased: step.ruleBased,
          needsJudgment: step.needsJudgment,
        },
        decision,
      );
    });
    this.reviews = reviews;
  }

  /** Steps counted by this model: what the memo's size budget is measured in. */
  get size(): number {
    return this.core.findings.length;
  }

  memberName(membershipId: string | null): string | null {
    return membershipId === null ? null : (this.memberNames.get(membershipId) ?? null);
  }

  hasSystem(systemId: string): boolean {
    return this.systems.byId.has(systemId);
  }

  findingOf(stepId: string): ModelFinding | null {
    this.indexOfStep ??= new Map(this.core.findings.map((f, i) => [f.stepId, i]));
    const i = this.indexOfStep.get(stepId);
    return i === undefined ? null : { finding: this.core.findings[i]!, review: this.reviews[i]! };
  }

  /** The reasons in words for one finding of this model. */
  explain(finding: CoreFinding): string[] {
    this.explainer ??= createExplainer(this.input);
    return this.explainer(finding);
  }

  /** Names from the top of the business down to the finding's system. */
  systemPath(systemId: string): string[] {
    return this.systems.path(systemId).map((s) => s.name);
  }

  inScope(systemId: string, scope: string | null): boolean {
    return scope === null
      ? this.systems.byId.has(systemId)
      : this.systems.inSubtree(systemId, scope);
  }

  /** Totals, savings, roll-ups and chart data of one zoom level: small whatever the team. */
  summary(scope: string | null) {
    const known = this.summaries.get(scope);
    if (known) return known;
    const summary = summarizeScope(this, scope);
    this.summaries.set(scope, summary);
    return summary;
  }

  /** Finding indices in the order of a sort key: its value desc, then the report's ranking. */
  private order(sort: SortKey): Int32Array {
    const known = this.orders.get(sort);
    if (known) return known;
    const n = this.core.findings.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (sort !== 'costSaved') {
      const value = SORT_VALUE[sort];
      const values = Float64Array.from(this.core.findings, value);
      order.sort((a, b) => values[b]! - values[a]! || a - b);
    }
    this.orders.set(sort, order);
    return order;
  }

  private matcher(query: FindingQuery): (i: number) => boolean {
    const { findings } = this.core;
    const { action, review, performer, scope, within, stepIds } = query;
    return (i) => {
      const f = findings[i]!;
      if (action === 'candidates' ? f.action === 'keep' : action !== 'all' && f.action !== action)
        return false;
      const status = this.reviews[i]!.status;
      if (review === 'active' ? status === 'dismissed' : review !== 'all' && status !== review)
        return false;
      if (performer !== null && (f.performerId ?? 'unassigned') !== performer) return false;
      if (scope !== null && !this.systems.inSubtree(f.systemId, scope)) return false;
      if (within !== null && !this.systems.inSubtree(f.systemId, within)) return false;
      if (stepIds !== null && !stepIds.has(f.stepId)) return false;
      return true;
    };
  }

  private cursorOf(i: number, sort: SortKey): Cursor {
    const f = this.core.findings[i]!;
    return {
      v: SORT_VALUE[sort](f),
      c: f.costSavedPerYear,
      h: f.hoursSavedPerYear,
      s: f.stepId,
      p: f.processId,
    };
  }

  /** The first position in `order` that comes after the cursor (binary search). */
  private positionAfter(order: Int32Array, sort: SortKey, cursor: Cursor): number {
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
      const f = this.core.findings[order[mid]!]!;
      // ≥ 0: f is the cursor's finding or comes before it in this order.
      const cmp = value(f) - cursor.v || compareFindings(after, f);
      if (cmp >= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** One page of findings and how many match in all. */
  page(query: FindingQuery, cursor: Cursor | null, limit: number) {
    const order = this.order(query.sort);
    const matches = this.matcher(query);
    let total = 0;
    for (let k = 0; k < order.length; k++) if (matches(order[k]!)) total += 1;
    const start = cursor ? this.positionAfter(order, query.sort, cursor) : 0;
    const items: ModelFinding[] = [];
    let last = -1;
    let more = false;
    for (let k = start; k < order.length; k++) {
      const i = order[k]!;
      if (!matches(i)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push({ finding: this.core.findings[i]!, review: this.reviews[i]! });
      last = i;
    }
    return { items, total, nextCursor: more && last >= 0 ? this.cursorOf(last, query.sort) : null };
  }

  /** Every matching finding, in order, for a download. */
  *matching(query: FindingQuery): Generator<ModelFinding> {
    const order = this.order(query.sort);
    const matches = this.matcher(query);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (matches(i)) yield { finding: this.core.findings[i]!, review: this.reviews[i]! };
    }
  }

  /** Hours a week each member performs, across every live step. */
  performedHoursPerWeek(): Map<string, number> {
    const weeks = Math.max(this.input.settings.weeksPerYear, 1);
    const out = new Map<string, number>();
    for (const f of this.core.findings) {
      if (f.performerId)
        out.set(f.performerId, (out.get(f.performerId) ?? 0) + f.hoursPerYear / weeks);
    }
    return out;
  }
}

function summarizeScope(model: ReportModel, scope: string | null) {
  const { findings, systems: rollups } = model.core;
  const totals = { stepCount: 0, hoursPerYear: 0, costPerYear: 0 };
  const potential = perAction();
  const keepReasons: Partial<Record<KeepReason, number>> = {};
  const actionCounts: Record<Action, number> = { remove: 0, automate: 0, delegate: 0, keep: 0 };
  const reviewCounts = { open: 0, accepted: 0, dismissed: 0, done: 0 };
  const potentialByChild = new Map<string, number>();
  const pareto: { index: number; running: number }[] = [];
  let running = 0;
  findings.forEach((f, i) => {
    if (!model.inScope(f.systemId, scope)) return;
    const review = model.reviews[i]!;
    totals.stepCount += 1;
    totals.hoursPerYear += f.hoursPerYear;
    totals.costPerYear += f.costPerYear;
    actionCounts[f.action] += 1;
    if (f.action === 'keep') {
      if (f.keepReason) keepReasons[f.keepReason] = (keepReasons[f.keepReason] ?? 0) + 1;
      return;
    }
    reviewCounts[review.status] += 1;
    // Dismissed findings leave the potential; done work is counted as realized, never twice.
    if (review.status === 'dismissed' || review.status === 'done') return;
    const p = potential[f.action];
    p.count += 1;
    p.hoursSavedPerYear += f.hoursSavedPerYear;
    p.hoursFreedPerYear += f.hoursFreedPerYear;
    p.costSavedPerYear += f.costSavedPerYear;
    const child = model.systems.childOfScopeToward(f.systemId, scope);
    potentialByChild.set(child, (potentialByChild.get(child) ?? 0) + f.costSavedPerYear);
    // Ranked order: the first candidates with a saving are the Pareto's steps.
    if (f.costSavedPerYear > 0 && pareto.length < PARETO_STEPS) {
      running += f.costSavedPerYear;
      pareto.push({ index: i, running });
    }
  });
  const potentialTotal = sumTotals(Object.values(potential));

  // Realized: what finished changes (removed, automated, handed over) took off the books.
  const realized = perAction();
  const realizedByChild = new Map<string, SavingsTotals>();
  for (const r of model.realized) {
    // A change whose system is gone or archived still counts for the business as a whole.
    const placed = r.systemId !== null && model.systems.byId.has(r.systemId);
    if (placed ? !model.inScope(r.systemId!, scope) : scope !== null) continue;
    const add = (t: SavingsTotals) => {
      t.count += 1;
      t.costSavedPerYear += r.costSavedPerYear;
      t.hoursSavedPerYear += r.hoursSavedPerYear;
      t.hoursFreedPerYear += r.hoursFreedPerYear;
    };
    add(realized[r.action]);
    if (!placed) continue;
    const key = model.systems.childOfScopeToward(r.systemId!, scope);
    if (!realizedByChild.has(key)) realizedByChild.set(key, zero());
    add(realizedByChild.get(key)!);
  }
  const realizedTotal = sumTotals(Object.values(realized));

  // Time by system, one level down (and the scope's own processes, when it has any).
  const rollupById = new Map(rollups.map((s) => [s.systemId, s]));
  const childSystems = model.systems.children.get(scope) ?? [];
  const rows = childSystems
    .map((s) => {
      const r = rollupById.get(s.id);
      return {
        systemId: s.id as string | null,
        name: s.name,
        hoursPerYear: r?.hoursPerYear ?? 0,
        costPerYear: r?.costPerYear ?? 0,
        costSavedPerYear: potentialByChild.get(s.id) ?? 0,
        realizedCostSavedPerYear: realizedByChild.get(s.id)?.costSavedPerYear ?? 0,
        realizedHoursPerYear: realizedByChild.get(s.id)?.hoursFreedPerYear ?? 0,
      };
    })
    .filter((s) => s.hoursPerYear > 0 || s.realizedCostSavedPerYear > 0);
  if (scope !== null) {
    const own = model.core.processes.filter((p) => p.systemId === scope);
    const hours = own.reduce((a, p) => a + p.hoursPerYear, 0);
    if (hours > 0) {
      rows.push({
        systemId: null,
        name: `${model.systems.byId.get(scope)?.name ?? ''} (its own processes)`,
        hoursPerYear: hours,
        costPerYear: own.reduce((a, p) => a + p.costPerYear, 0),
        costSavedPerYear: potentialByChild.get(scope) ?? 0,
        realizedCostSavedPerYear: realizedByChild.get(scope)?.costSavedPerYear ?? 0,
        realizedHoursPerYear: realizedByChild.get(scope)?.hoursFreedPerYear ?? 0,
      });
    }
  }
  rows.sort((a, b) => b.hoursPerYear - a.hoursPerYear || a.name.localeCompare(b.name));

  const scopeSystem = scope === null ? null : model.systems.byId.get(scope)!;
  return {
    currency: model.input.settings.currency,
    dataVersion: model.dataVersion,
    settings: {
      horizonYears: model.input.settings.horizonYears,
      minHoursPerYear: model.input.settings.minHoursPerYear,
      defaultAutomationEffortHours: model.input.settings.defaultAutomationEffortHours,
    },
    scope: {
      systemId: scope,
      name: scopeSystem?.name ?? null,
      breadcrumb:
        scope === null ? [] : model.systems.path(scope).map((s) => ({ id: s.id, name: s.name })),
      subsystems: childSystems
        .slice(0, SUMMARY_SYSTEM_ROWS)
        .map((s) => ({ id: s.id, name: s.name })),
      subsystemCount: childSystems.length,
    },
    totals,
    potential,
    potentialTotal,
    realized,
    realizedTotal,
    keepReasons,
    actionCounts,
    reviewCounts,
    dismissedCount: reviewCounts.dismissed,
    bySystem: rows.slice(0, SUMMARY_SYSTEM_ROWS),
    bySystemCount: rows.length,
    /** Steps with the largest savings; labels are added by the caller (titles are not here). */
    pareto: pareto.map(({ index, running: sum }) => {
      const f = findings[index]!;
      return {
        stepId: f.stepId,
        processId: f.processId,
        action: f.action,
        costSavedPerYear: f.costSavedPerYear,
        cumulativeShare:
          potentialTotal.costSavedPerYear > 0 ? sum / potentialTotal.costSavedPerYear : 0,
      };
    }),
  };
}
