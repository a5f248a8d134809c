/**
 * The whole analysis: ranking, plain output and speed on a large team.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from './analyze-team';
import * as api from './index';
import { ALICE, SETTINGS, largeTeam, member, processOf, step, teamInput } from './test-fixtures';
import type { AnalysisMember } from './types';

describe('ranking', () => {
  it('ranks by cost saved desc, then hours saved desc, then stepId', () => {
    const bob = member({ membershipId: 'm-bob', name: 'Bob', hourlyCost: 30 });
    const processes = [
      processOf('p1', [
        // delegate: 100 min → 400 h; saves 400 × ($50 − $30) = $8,000 and 0 h
        step({ id: 'a-delegate', minutes: 100 }),
        // remove: 15 min → 60 h, $3,000
        step({ id: 'z-remove', value: 'none' }),
        // automate: 40 min → 160 h, $8,000 — same cost saved as a-delegate, more hours saved
        step({ id: 'm-automate', minutes: 40, ruleBased: true }),
        // keeps save nothing: ordered by stepId
        step({ id: 'k2', needsJudgment: true }),
        step({ id: 'k1', needsJudgment: true }),
      ]),
    ];
    const members: AnalysisMember[] = [
      ALICE,
      { ...bob, weeklyCapacityHours: 40 }, // 400 h / 48 = 8.3 h/week fits
    ];
    const result = analyzeTeam(teamInput({ members, processes }));
    expect(result.findings.map((f) => [f.stepId, f.action, f.costSavedPerYear])).toEqual([
      ['m-automate', 'automate', 8000],
      ['a-delegate', 'delegate', 8000],
      ['z-remove', 'remove', 3000],
      ['k1', 'keep', 0],
      ['k2', 'keep', 0],
    ]);
  });
});

describe('output', () => {
  it('is plain data that survives a JSON round trip unchanged', () => {
    const result = analyzeTeam(
      teamInput({ processes: [processOf('p1', [step({ id: 's1', ruleBased: true })])] }),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.currency).toBe('USD');
  });

  it('formats money in the team currency', () => {
    const result = analyzeTeam(
      teamInput({
        settings: { ...SETTINGS, currency: 'EUR' },
        processes: [processOf('p1', [step({ id: 's1', value: 'none' })])],
      }),
    );
    expect(result.findings[0]?.reasons).toContain(
      'Marked as adding no value: removing it saves 60 h and €3,000 a year',
    );
  });

  it('handles a team with nothing documented', () => {
    const result = analyzeTeam(teamInput({ systems: [], members: [] }));
    expect(result.findings).toEqual([]);
    expect(result.team.stepCount).toBe(0);
    expect(result.team.costPerYear).toBe(0);
  });

  it('exposes the public API from index', () => {
    expect(api.analyzeTeam).toBe(analyzeTeam);
    expect(api.ACTIONS).toEqual(['remove', 'automate', 'delegate', 'keep']);
    expect(api.KEEP_REASONS).toHaveLength(6);
    // Every keep reason has a label, so the report never shows a raw enum value.
    expect(Object.keys(api.KEEP_REASON_LABELS).sort()).toEqual([...api.KEEP_REASONS].sort());
    expect(api.KEEP_REASON_LABELS.too_small).toBe('Too small to matter');
    expect(Object.keys(api.ACTION_LABELS)).toEqual([...api.ACTIONS]);
    expect(api.processRunsPerYear({ period: 'quarter', count: 3 }, SETTINGS)).toBe(12);
  });
});

// Speed is measured by the benchmark (bench/analyze-team.bench.ts), not timed here.
describe('a large team', () => {
  it('analyses 40,000 steps, 100 members and 661 systems, rolling every step up to the top', () => {
    const result = analyzeTeam(largeTeam());
    expect(result.findings).toHaveLength(40_000);
    expect(result.team.stepCount).toBe(40_000);
    expect(result.systems.find((s) => s.systemId === 'sys')?.stepCount).toBe(40_000);
    expect(result.team.byAction.delegate.count).toBeGreaterThan(0);
  });
});
