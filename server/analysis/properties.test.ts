/**
 * Properties that must hold for any team, checked with fast-check on generated inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from './analyze-team';
import { formatMoney } from '@/lib/format';
import type {
  AnalysisInput,
  AnalysisMember,
  AnalysisProcess,
  AnalysisStep,
  AnalysisSystem,
  Finding,
  Rollup,
} from './types';
import { ACTIONS, KEEP_REASONS } from './types';

// ---------- generators ----------

const amount = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }),
  );

const settingsArb = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
  defaultHourlyCost: amount(200),
  workingDaysPerWeek: fc.integer({ min: 1, max: 7 }),
  weeksPerYear: fc.integer({ min: 1, max: 52 }),
  horizonYears: fc.integer({ min: 1, max: 10 }),
  defaultAutomationEffortHours: amount(200),
  minHoursPerYear: amount(20),
});

// Few names so that cost and name ties between members actually happen.
const memberArb = fc.record({
  name: fc.constantFrom('Ann', 'Bo', 'Cy'),
  hourlyCost: fc.option(fc.constantFrom(20, 30, 50, 80), { nil: null }),
  weeklyCapacityHours: amount(10),
  committedHoursPerWeek: fc.option(amount(5), { nil: undefined }),
});

const stepArb = fc.record({
  // Indexes into the member list; values past its end are performers no longer on the team.
  performer: fc.option(fc.nat({ max: 7 }), { nil: null }),
  minutes: amount(240),
  waitMinutes: fc.option(amount(600), { nil: undefined }),
  probability: fc.oneof(fc.constantFrom(0, 100), amount(100)),
  value: fc.constantFrom('customer', 'required', 'none', 'unknown'),
  kind: fc.constantFrom('action', 'decision', 'event'),
  ruleBased: fc.boolean(),
  needsJudgment: fc.boolean(),
  automationEffortHours: fc.option(amount(500), { nil: null }),
});

const frequencyArb = fc.oneof(
  fc.record({
    period: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
    count: amount(20),
  }),
  fc.record({ period: fc.constant('on_demand'), runsPerYear: amount(2000) }),
);

const processArb = fc.record({
  system: fc.nat({ max: 9 }),
  frequency: frequencyArb,
  steps: fc.array(stepArb, { maxLength: 6 }),
});

const inputArb: fc.Arbitrary<AnalysisInput> = fc
  .record({
    settings: settingsArb,
    members: fc.array(memberArb, { maxLength: 6 }),
    systemParents: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    processes: fc.array(processArb, { maxLength: 6 }),
  })
  .map(({ settings, members, systemParents, processes }) => {
    const analysisMembers: AnalysisMember[] = members.map((m, i) => ({
      ...m,
      membershipId: `m${i}`,
    }));
    // Each system's parent is an earlier system (or none): a tree of any shape.
    const systems: AnalysisSystem[] = systemParents.map((p, i) => ({
      id: `s${i}`,
      parentId: i === 0 || p % (i + 1) === i ? null : `s${p % i}`,
      name: `System ${i}`,
    }));
    const analysisProcesses: AnalysisProcess[] = processes.map((p, i) => ({
      id: `p${i}`,
      // Indexes past the end stand for a system that is not in the list.
      systemId: `s${p.system % (systems.length + 1)}`,
      name: `Process ${i}`,
      frequency: p.frequency as AnalysisProcess['frequency'],
      steps: p.steps.map((s, j): AnalysisStep => ({
        id: `p${i}-s${j}`,
        position: j,
        title: `Step ${j}`,
        kind: s.kind as AnalysisStep['kind'],
        performerId: s.performer === null ? null : `m${s.performer}`,
        minutes: s.minutes,
        waitMinutes: s.waitMinutes,
        probability: s.probability,
        value: s.value as AnalysisStep['value'],
        ruleBased: s.ruleBased,
        needsJudgment: s.needsJudgment,
        automationEffortHours: s.automationEffortHours,
      })),
    }));
    return { settings, members: analysisMembers, systems, processes: analysisProcesses };
  });

// ---------- helpers ----------

/** Fisher–Yates driven by a tiny LCG, so fast-check can shrink and replay the seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const NUMERIC_FIELDS = [
  'hoursPerYear',
  'costPerYear',
  'hoursSavedPerYear',
  'costSavedPerYear',
  'hoursFreedPerYear',
] as const;

/** Asserts a roll-up equals the sum of the given findings, overall and by action. */
function expectRollupOf(rollup: Rollup, findings: readonly Finding[]): void {
  expect(rollup.stepCount).toBe(findings.length);
  for (const field of NUMERIC_FIELDS) {
    const sum = findings.reduce((total, f) => total + f[field], 0);
    expect(close(rollup[field], sum), `${field}: ${rollup[field]} vs ${sum}`).toBe(true);
  }
  for (const action of ACTIONS) {
    const ofAction = findings.filter((f) => f.action === action);
    expect(rollup.byAction[action].count).toBe(ofAction.length);
    for (const field of NUMERIC_FIELDS) {
      const sum = ofAction.reduce((total, f) => total + f[field], 0);
      expect(close(rollup.byAction[action][field], sum)).toBe(true);
    }
  }
  for (const reason of KEEP_REASONS) {
    expect(rollup.keepReasons[reason]).toBe(findings.filter((f) => f.keepReason === reason).length);
  }
}

// ---------- properties ----------

describe('analysis properties', () => {
  it('roll-ups equal the sum of their parts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = analyzeTeam(input);
        expectRollupOf(result.team, result.findings);
        for (const p of result.processes) {
          expectRollupOf(
            p,
            result.findings.filter((f) => f.processId === p.processId),
          );
        }
        // A system holds the findings of every process whose system has it as an ancestor
        // (walked naively here, independent of the implementation's precomputed chains).
        const parentOf = new Map(input.systems.map((s) => [s.id, s.parentId]));
        const isWithin = (systemId: string, ancestorId: string) => {
          for (let id: string | null | undefined = systemId; id != null; id = parentOf.get(id)) {
            if (id === ancestorId) return true;
          }
          return false;
        };
        for (const s of result.systems) {
          expectRollupOf(
            s,
            result.findings.filter((f) => isWithin(f.systemId, s.systemId)),
          );
          expect(s.processCount).toBe(
            input.processes.filter((p) => isWithin(p.systemId, s.systemId)).length,
          );
        }
        // Every system's total covers its children's (money and hours only grow upwards).
        for (const s of result.systems) {
          if (s.parentId === null) continue;
          const parent = result.systems.find((x) => x.systemId === s.parentId);
          expect(parent!.costPerYear + 1e-9).toBeGreaterThanOrEqual(s.costPerYear - 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('savings never exceed cost, and nothing is negative or NaN', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = analyzeTeam(input);
        for (const f of result.findings) {
          for (const field of [...NUMERIC_FIELDS, 'runsPerYear', 'performerHourlyCost'] as const) {
            expect(Number.isFinite(f[field]) && f[field] >= 0, `${field}=${f[field]}`).toBe(true);
          }
          expect(f.costSavedPerYear).toBeLessThanOrEqual(f.costPerYear * (1 + 1e-12));
          expect(f.hoursSavedPerYear).toBeLessThanOrEqual(f.hoursPerYear);
          expect(f.hoursFreedPerYear).toBeLessThanOrEqual(f.hoursPerYear);
        }
        expect(result.team.costSavedPerYear).toBeLessThanOrEqual(
          result.team.costPerYear * (1 + 1e-9) + 1e-9,
        );
        expect(result.team.hoursSavedPerYear).toBeLessThanOrEqual(
          result.team.hoursPerYear * (1 + 1e-9) + 1e-9,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of processes, steps, members or systems', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, seed) => {
        const shuffled: AnalysisInput = {
          settings: input.settings,
          members: shuffle(input.members, seed),
          systems: shuffle(input.systems, seed + 1),
          processes: shuffle(input.processes, seed + 2).map((p, i) => ({
            ...p,
            steps: shuffle(p.steps, seed + 3 + i),
          })),
        };
        expect(analyzeTeam(shuffled)).toEqual(analyzeTeam(input));
      }),
      { numRuns: 300 },
    );
  });

  it('more minutes never means fewer hours', () => {
    const withTarget = inputArb
      .filter((input) => input.processes.some((p) => p.steps.length > 0))
      .chain((input) => fc.tuple(fc.constant(input), fc.nat(), amount(120)));
    fc.assert(
      fc.property(withTarget, ([input, pick, extra]) => {
        const steps = input.processes.flatMap((p) => p.steps);
        const target = steps[pick % steps.length]!;
        const longer: AnalysisInput = {
          ...input,
          processes: input.processes.map((p) => ({
            ...p,
            steps: p.steps.map((s) => (s === target ? { ...s, minutes: s.minutes + extra } : s)),
          })),
        };
        const before = analyzeTeam(input);
        const after = analyzeTeam(longer);
        const hoursOf = (r: typeof before) => r.findings.find((f) => f.stepId === target.id)!;
        expect(hoursOf(after).hoursPerYear).toBeGreaterThanOrEqual(hoursOf(before).hoursPerYear);
        expect(hoursOf(after).costPerYear).toBeGreaterThanOrEqual(hoursOf(before).costPerYear);
        expect(after.team.hoursPerYear).toBeGreaterThanOrEqual(
          before.team.hoursPerYear * (1 - 1e-12),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('applies the rules in order and never over-books a teammate', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = analyzeTeam(input);
        const { settings } = input;
        const steps = new Map(input.processes.flatMap((p) => p.steps.map((s) => [s.id, s])));
        const members = new Map(input.members.map((m) => [m.membershipId, m]));
        const rate = (id: string | null) => {
          const m = id === null ? undefined : members.get(id);
          return m ? (m.hourlyCost ?? settings.defaultHourlyCost) : settings.defaultHourlyCost;
        };
        const booked = new Map<string, number>();
        expect(result.findings).toHaveLength(steps.size);
        for (const f of result.findings) {
          const s = steps.get(f.stepId)!;
          const small = f.hoursPerYear === 0 || f.hoursPerYear < settings.minHoursPerYear;
          expect(f.action === 'remove').toBe(s.value === 'none');
          expect(f.keepReason !== null).toBe(f.action === 'keep');
          expect(f.suggestedMemberId !== null).toBe(f.action === 'delegate');
          expect(f.reasons.length).toBeGreaterThanOrEqual(3);
          if (s.value !== 'none' && small) expect(f.keepReason).toBe('too_small');
          if (s.value !== 'none' && !small && s.needsJudgment) {
            expect(f.keepReason).toBe('needs_judgment');
          }
          if (f.action === 'automate') {
            const effort = s.automationEffortHours ?? settings.defaultAutomationEffortHours;
            expect(s.ruleBased && !s.needsJudgment).toBe(true);
            expect(f.hoursPerYear * settings.horizonYears).toBeGreaterThan(effort);
          }
          if (f.breakEvenEffortHours !== null) expect(s.ruleBased).toBe(true);
          if (f.action === 'delegate') {
            expect(s.needsJudgment).toBe(false);
            expect(f.suggestedMemberId).not.toBe(s.performerId);
            expect(members.has(s.performerId!)).toBe(true);
            expect(rate(f.suggestedMemberId)).toBeLessThan(rate(s.performerId));
            const perWeek = f.hoursPerYear / settings.weeksPerYear;
            booked.set(f.suggestedMemberId!, (booked.get(f.suggestedMemberId!) ?? 0) + perWeek);
          }
        }
        for (const [id, hours] of booked) {
          const m = members.get(id)!;
          const spare = m.weeklyCapacityHours - (m.committedHoursPerWeek ?? 0);
          expect(hours).toBeLessThanOrEqual(spare + 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks findings by cost saved, then hours saved, then stepId', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { findings } = analyzeTeam(input);
        for (let i = 1; i < findings.length; i += 1) {
          const a = findings[i - 1]!;
          const b = findings[i]!;
          const inOrder =
            a.costSavedPerYear > b.costSavedPerYear ||
            (a.costSavedPerYear === b.costSavedPerYear &&
              (a.hoursSavedPerYear > b.hoursSavedPerYear ||
                (a.hoursSavedPerYear === b.hoursSavedPerYear && a.stepId < b.stepId)));
          expect(inOrder).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatMoney matches Intl en-US', () => {
  it('for any amount in common currencies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'CHF', 'INR', 'CAD'),
        fc.oneof(
          fc.double({ min: 0, max: 1e9, noNaN: true }),
          fc.integer({ min: 0, max: 1e7 }).map((cents) => cents / 100),
        ),
        (currency, value) => {
          const whole = value >= 100 || Math.abs(value - Math.round(value)) < 0.005;
          const intl = new Intl.NumberFormat(
            'en-US',
            whole
              ? { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
              : { style: 'currency', currency },
          );
          expect(formatMoney(value, currency)).toBe(intl.format(value));
        },
      ),
      { numRuns: 500 },
    );
  });
});
