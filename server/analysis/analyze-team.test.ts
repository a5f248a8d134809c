/**
 * The whole analysis: ranking, plain output and speed on a large team.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from './analyze-team';
import * as api from './index';
import { ALICE, SETTINGS, member, processOf, step, teamInput } from './test-fixtures';
import type { AnalysisInput, AnalysisProcess, AnalysisSystem, AnalysisMember } from './types';

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
    expect(api.KEEP_REASONS).toHaveLength(5);
    // Every keep reason has a label, so the report never shows a raw enum value.
    expect(Object.keys(api.KEEP_REASON_LABELS).sort()).toEqual([...api.KEEP_REASONS].sort());
    expect(api.KEEP_REASON_LABELS.too_small).toBe('Too small to matter');
    expect(Object.keys(api.ACTION_LABELS)).toEqual([...api.ACTIONS]);
    expect(api.processRunsPerYear({ period: 'quarter', count: 3 }, SETTINGS)).toBe(12);
  });
});

/** 2,000 processes × 20 steps = 40,000 steps, 100 members, a 4-level system tree. */
function largeTeam(): AnalysisInput {
  const members: AnalysisMember[] = Array.from({ length: 100 }, (_, i) => ({
    membershipId: `m${i}`,
    name: `Member ${i}`,
    hourlyCost: i % 10 === 0 ? null : 20 + (i % 17) * 5,
    weeklyCapacityHours: i % 3 === 0 ? 0 : 2 + (i % 5),
  }));
  const systems: AnalysisSystem[] = [{ id: 'sys', parentId: null, name: 'Business' }];
  for (let i = 0; i < 10; i += 1) {
    systems.push({ id: `sys${i}`, parentId: 'sys', name: `S${i}` });
    for (let j = 0; j < 10; j += 1) {
      systems.push({ id: `sys${i}-${j}`, parentId: `sys${i}`, name: `S${i}.${j}` });
      for (let k = 0; k < 5; k += 1) {
        systems.push({
          id: `sys${i}-${j}-${k}`,
          parentId: `sys${i}-${j}`,
          name: `S${i}.${j}.${k}`,
        });
      }
    }
  }
  const leaves = systems.filter((s) => s.id.split('-').length === 3);
  const periods = ['day', 'week', 'month', 'quarter', 'year'] as const;
  const values = ['customer', 'required', 'none', 'unknown'] as const;
  const processes: AnalysisProcess[] = Array.from({ length: 2000 }, (_, p) => ({
    id: `p${p}`,
    systemId: leaves[p % leaves.length]!.id,
    name: `Process ${p}`,
    frequency:
      p % 11 === 0
        ? { period: 'on_demand', runsPerYear: 10 + (p % 50) }
        : { period: periods[p % periods.length]!, count: 1 + (p % 4) },
    steps: Array.from({ length: 20 }, (_, s) => ({
      id: `p${p}s${s}`,
      position: s,
      title: `Step ${s}`,
      kind: 'action',
      performerId: (p + s) % 13 === 0 ? null : `m${(p * 7 + s) % 100}`,
      minutes: 1 + ((p + s * 3) % 60),
      probability: s % 4 === 0 ? 30 : 100,
      value: values[(p + s) % values.length]!,
      ruleBased: (p + s) % 3 === 0,
      needsJudgment: (p + s) % 5 === 0,
      automationEffortHours: s % 6 === 0 ? 40 : null,
    })),
  }));
  return { settings: SETTINGS, members, systems, processes };
}

describe('performance', () => {
  it('analyses 40,000 steps, 100 members and 661 systems well under a second', () => {
    const input = largeTeam();
    analyzeTeam(input); // warm up the JIT and the Intl formatters
    const started = performance.now();
    const result = analyzeTeam(input);
    const elapsed = performance.now() - started;
    expect(result.findings).toHaveLength(40_000);
    expect(result.team.stepCount).toBe(40_000);
    expect(result.systems.find((s) => s.systemId === 'sys')?.stepCount).toBe(40_000);
    expect(result.team.byAction.delegate.count).toBeGreaterThan(0);
    console.log(`analyzeTeam: ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });
});
