/**
 * The report model: summaries per zoom level and findings a page at a time, filtered and sorted
 * here. Checked against the analysis itself (analyzeTeam) and hand-worked numbers.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTeam, type AnalysisInput, type Finding } from '@/server/analysis';
import { largeTeam, member, processOf, step, teamInput } from '@/server/analysis/test-fixtures';
import { SORT_KEYS, type SortKey } from './filters';
import { ReportModel } from './model';
import type { Cursor, FindingQuery, ReportSource } from './model-types';
import type { StoredDecision } from '@/server/review/status';

const ALL: FindingQuery = {
  scope: null,
  within: null,
  action: 'all',
  review: 'all',
  performer: null,
  stepIds: null,
  sort: 'costSaved',
};

const source = (input: AnalysisInput, extra: Partial<ReportSource> = {}): ReportSource => ({
  teamId: 't1',
  dataVersion: 1,
  input,
  decisions: new Map(),
  realized: [],
  ...extra,
});

/** Reads every page of a query and returns the step ids in order. */
function walk(model: ReportModel, query: FindingQuery, limit: number) {
  const ids: string[] = [];
  let cursor: Cursor | null = null;
  let pages = 0;
  do {
    const page = model.page(query, cursor, limit);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((i) => i.finding.stepId));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== null && pages < 10_000);
  return ids;
}

const VALUE: Record<SortKey, (f: Finding) => number> = {
  costSaved: (f) => f.costSavedPerYear,
  hoursSaved: (f) => f.hoursFreedPerYear,
  hours: (f) => f.hoursPerYear,
  cost: (f) => f.costPerYear,
};

/** A business in two systems, a subsystem below one of them, and a teammate to delegate to. */
function business() {
  const bea = member({
    membershipId: 'm-bea',
    name: 'Bea',
    hourlyCost: 20,
    weeklyCapacityHours: 40,
  });
  return teamInput({
    members: [
      { membershipId: 'm-alice', name: 'Alice', hourlyCost: 50, weeklyCapacityHours: 0 },
      bea,
    ],
    systems: [
      { id: 'fin', parentId: null, name: 'Finance' },
      { id: 'ar', parentId: 'fin', name: 'Receivables' },
      { id: 'ops', parentId: null, name: 'Operations' },
    ],
    processes: [
      processOf(
        'billing',
        [
          // 240 runs × 15 min = 60 h, $3,000 → remove
          step({ id: 'print', value: 'none' }),
          // 240 × 10 min = 40 h, rule-based → automate, $2,000
          step({ id: 'copy', minutes: 10, ruleBased: true }),
          // 240 × 30 min = 120 h → delegate to Bea: 120 × ($50 − $20) = $3,600
          step({ id: 'file', minutes: 30 }),
        ],
        { systemId: 'ar' },
      ),
      processOf(
        'budget',
        [
          // needs judgment → keep
          step({ id: 'approve', minutes: 60, needsJudgment: true }),
          // unassigned, needs no judgment → keep (unassigned)
          step({ id: 'stamp', minutes: 20, performerId: null }),
        ],
        { systemId: 'ops' },
      ),
    ],
  });
}

describe('ReportModel.page', () => {
  it('pages through every finding in the analysis’s own ranking', () => {
    const input = business();
    const model = new ReportModel(source(input));
    const ranked = analyzeTeam(input).findings.map((f) => f.stepId);
    expect(walk(model, ALL, 2)).toEqual(ranked);
    expect(ranked).toEqual(['file', 'print', 'copy', 'approve', 'stamp']);
    const first = model.page(ALL, null, 2);
    expect(first.total).toBe(5);
    expect(first.items.map((i) => i.finding.action)).toEqual(['delegate', 'remove']);
  });

  it('sorts by each key on the server, ties broken by the ranking, on a large team', () => {
    const input = largeTeam();
    const model = new ReportModel(source(input));
    const findings = analyzeTeam(input).findings;
    const rank = new Map(findings.map((f, i) => [f.stepId, i]));
    for (const sort of SORT_KEYS) {
      const expected = [...findings]
        .sort(
          (a, b) => VALUE[sort](b) - VALUE[sort](a) || rank.get(a.stepId)! - rank.get(b.stepId)!,
        )
        .filter((f) => f.action === 'delegate')
        .map((f) => f.stepId);
      expect(walk(model, { ...ALL, action: 'delegate', sort }, 100), sort).toEqual(expected);
    }
  });

  it('continues after a cursor whose finding has since gone', () => {
    const input = business();
    const before = new ReportModel(source(input));
    const cursor = before.page(ALL, null, 2).nextCursor!;
    // "print" (the cursor's finding) is deleted before the next page is read.
    const withoutPrint: AnalysisInput = {
      ...input,
      processes: input.processes.map((p) => ({
        ...p,
        steps: p.steps.filter((s) => s.id !== 'print'),
      })),
    };
    const after = new ReportModel(source(withoutPrint, { dataVersion: 2 }));
    expect(after.page(ALL, cursor, 10).items.map((i) => i.finding.stepId)).toEqual([
      'copy',
      'approve',
      'stamp',
    ]);
  });

  it('filters by action, performer, zoom level, subsystem and title matches', () => {
    const model = new ReportModel(source(business()));
    const ids = (query: Partial<FindingQuery>) => walk(model, { ...ALL, ...query }, 50);
    expect(ids({ action: 'candidates' })).toEqual(['file', 'print', 'copy']);
    expect(ids({ action: 'keep' })).toEqual(['approve', 'stamp']);
    expect(ids({ performer: 'unassigned' })).toEqual(['stamp']);
    expect(ids({ performer: 'm-alice', action: 'keep' })).toEqual(['approve']);
    expect(ids({ scope: 'fin' })).toEqual(['file', 'print', 'copy']);
    expect(ids({ within: 'ops' })).toEqual(['approve', 'stamp']);
    // A subsystem outside the zoom level matches nothing.
    expect(ids({ scope: 'ar', within: 'ops' })).toEqual([]);
    expect(ids({ stepIds: new Set(['copy', 'stamp']) })).toEqual(['copy', 'stamp']);
    expect(model.page({ ...ALL, within: 'ops' }, null, 1).total).toBe(2);
  });

  it('filters by review status: dismissed findings leave the default view', () => {
    const decided = (status: StoredDecision['status'], action: string): StoredDecision => ({
      action,
      status,
      reason: status === 'dismissed' ? 'Auditors' : '',
      snapshot: { hoursPerYear: 60, value: 'none', ruleBased: false, needsJudgment: false },
      decidedByName: 'Dana',
      decidedAt: new Date('2026-01-01'),
    });
    const model = new ReportModel(
      source(business(), {
        decisions: new Map([
          ['print', decided('dismissed', 'remove')],
          ['file', decided('accepted', 'delegate')],
        ]),
      }),
    );
    const ids = (review: FindingQuery['review']) => walk(model, { ...ALL, review }, 50);
    expect(ids('active')).toEqual(['file', 'copy', 'approve', 'stamp']);
    expect(ids('dismissed')).toEqual(['print']);
    expect(ids('accepted')).toEqual(['file']);
    expect(ids('open')).toEqual(['copy', 'approve', 'stamp']);
    const summary = model.summary(null);
    expect(summary.reviewCounts).toEqual({ open: 1, accepted: 1, dismissed: 1, done: 0 });
    // The dismissed removal leaves the potential savings.
    expect(summary.potentialTotal.costSavedPerYear).toBe(3600 + 2000);
  });
});

describe('ReportModel.summary', () => {
  it('totals a zoom level by hand-checked numbers and rolls up one level down', () => {
    const model = new ReportModel(
      source(business(), {
        realized: [
          {
            systemId: 'ar',
            action: 'remove',
            costSavedPerYear: 500,
            hoursSavedPerYear: 10,
            hoursFreedPerYear: 10,
          },
          // A change whose system is gone counts for the business only.
          {
            systemId: null,
            action: 'automate',
            costSavedPerYear: 100,
            hoursSavedPerYear: 2,
            hoursFreedPerYear: 2,
          },
        ],
      }),
    );
    const all = model.summary(null);
    // 240 runs each: 60 + 40 + 120 + 240 (60 min) + 80 (20 min) = 540 h, all at $50/h.
    expect(all.totals).toEqual({ stepCount: 5, hoursPerYear: 540, costPerYear: 27_000 });
    expect(all.potential.delegate).toMatchObject({
      count: 1,
      costSavedPerYear: 3600,
      hoursFreedPerYear: 120,
    });
    expect(all.potentialTotal.costSavedPerYear).toBe(3600 + 3000 + 2000);
    expect(all.realizedTotal).toMatchObject({ count: 2, costSavedPerYear: 600 });
    expect(all.keepReasons).toEqual({ needs_judgment: 1, unassigned: 1 });
    expect(all.actionCounts).toEqual({ remove: 1, automate: 1, delegate: 1, keep: 2 });
    expect(
      all.bySystem.map((s) => [
        s.name,
        s.hoursPerYear,
        s.costSavedPerYear,
        s.realizedCostSavedPerYear,
      ]),
    ).toEqual([
      ['Operations', 320, 0, 0],
      ['Finance', 220, 8600, 500],
    ]);
    expect(all.pareto.map((p) => [p.stepId, Math.round(p.cumulativeShare * 1000) / 1000])).toEqual([
      ['file', 0.419],
      ['print', 0.767],
      ['copy', 1],
    ]);
    expect(all.scope).toMatchObject({ systemId: null, breadcrumb: [], subsystemCount: 2 });

    const fin = model.summary('fin');
    expect(fin.scope.breadcrumb.map((b) => b.name)).toEqual(['Finance']);
    expect(fin.totals.stepCount).toBe(3);
    expect(fin.realizedTotal.count).toBe(1);
    expect(fin.bySystem.map((s) => s.name)).toEqual(['Receivables']);
    // Memoized: the same object until the model is rebuilt for a new version.
    expect(model.summary('fin')).toBe(fin);
  });

  it('explains any finding the same way the analysis does', () => {
    const input = largeTeam();
    const model = new ReportModel(source(input));
    const explained = new Map(analyzeTeam(input).findings.map((f) => [f.stepId, f.reasons]));
    for (const { finding } of model.page({ ...ALL, action: 'delegate' }, null, 100).items) {
      expect(model.explain(finding)).toEqual(explained.get(finding.stepId));
    }
    for (const { finding } of model.page({ ...ALL, action: 'keep' }, null, 100).items) {
      expect(model.explain(finding)).toEqual(explained.get(finding.stepId));
    }
  });
});
