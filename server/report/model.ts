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
  createExplainer,
  type AnalysisInput,
  type CoreFinding,
  type CoreResult,
} from '@/server/analysis';
import { OPEN_REVIEW, reviewOf, type Review } from '@/server/review/status';
import type { SortKey } from './filters';
import { cursorOf, matcherFor, orderFindings, positionAfter } from './finding-order';
import type { Cursor, FindingQuery, ModelFinding, RealizedRow, ReportSource } from './model-types';
import { summarizeScope, type ScopeSummary } from './scope-summary';
import { indexSystems, type SystemIndex } from './system-index';

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
        reviews[i] = OPEN_REVIEW;
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

  /** Finding indices in the order of a sort key, computed once per key. */
  private order(sort: SortKey): Int32Array {
    const known = this.orders.get(sort);
    if (known) return known;
    const order = orderFindings(this.core.findings, sort);
    this.orders.set(sort, order);
    return order;
  }

  private matcher(query: FindingQuery): (i: number) => boolean {
    return matcherFor(this.core.findings, this.reviews, this.systems, query);
  }

  /** One page of findings and how many match in all. */
  page(query: FindingQuery, cursor: Cursor | null, limit: number) {
    const { findings } = this.core;
    const order = this.order(query.sort);
    const matches = this.matcher(query);
    let total = 0;
    for (let k = 0; k < order.length; k++) if (matches(order[k]!)) total += 1;
    const start = cursor ? positionAfter(findings, order, query.sort, cursor) : 0;
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
      items.push({ finding: findings[i]!, review: this.reviews[i]! });
      last = i;
    }
    return {
      items,
      total,
      nextCursor: more && last >= 0 ? cursorOf(findings[last]!, query.sort) : null,
    };
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
