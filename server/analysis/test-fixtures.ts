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
