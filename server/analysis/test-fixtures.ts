/**
 * Small builders for the analysis tests (not part of the public API). Defaults are chosen so
 * the arithmetic is easy to redo by hand: a process that runs 20×/month (240 runs a year) with a
 * 15-minute step done by Alice at $50/h → 60 h and $3,000 a year.
 */
import type {
  AnalysisInput,
  AnalysisMember,
  AnalysisProcess,
  AnalysisResult,
  AnalysisSettings,
  AnalysisStep,
  AnalysisSystem,
  Finding,
  Frequency,
} from './types';

export const SETTINGS: AnalysisSettings = {
  currency: 'USD',
  defaultHourlyCost: 50,
  workingDaysPerWeek: 5,
  weeksPerYear: 48,
  horizonYears: 5,
  defaultAutomationEffortHours: 8,
  minHoursPerYear: 4,
};

export const ALICE: AnalysisMember = {
  membershipId: 'm-alice',
  name: 'Alice',
  hourlyCost: 50,
  weeklyCapacityHours: 0,
};

export function member(overrides: Partial<AnalysisMember> & { membershipId: string }) {
  return {
    name: overrides.membershipId,
    hourlyCost: 30,
    weeklyCapacityHours: 10,
    ...overrides,
  } satisfies AnalysisMember;
}

export function step(overrides: Partial<AnalysisStep> & { id: string }): AnalysisStep {
  return {
    position: 0,
    title: `Step ${overrides.id}`,
    kind: 'action',
    performerId: ALICE.membershipId,
    minutes: 15,
    probability: 100,
    value: 'required',
    ruleBased: false,
    needsJudgment: false,
    automationEffortHours: null,
    ...overrides,
  };
}

export function processOf(
  id: string,
  steps: AnalysisStep[],
  options: { systemId?: string; frequency?: Frequency } = {},
): AnalysisProcess {
  return {
    id,
    systemId: options.systemId ?? 'sys-root',
    name: `Process ${id}`,
    frequency: options.frequency ?? { period: 'month', count: 20 },
    steps,
  };
}

export const ROOT_SYSTEM: AnalysisSystem = { id: 'sys-root', parentId: null, name: 'Business' };

export function teamInput(parts: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    settings: SETTINGS,
    members: [ALICE],
    systems: [ROOT_SYSTEM],
    processes: [],
    ...parts,
  };
}

export function findingFor(result: AnalysisResult, stepId: string): Finding {
  const finding = result.findings.find((f) => f.stepId === stepId);
  if (!finding) throw new Error(`no finding for step ${stepId}`);
  return finding;
}

/** 2,000 processes × 20 steps = 40,000 steps, 100 members, a 4-level system tree. */
export function largeTeam(): AnalysisInput {
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
