/**
 * One rule at a time, through analyzeTeam so the whole pipeline is exercised.
 * Baseline (test-fixtures): 20/month × 12 = 240 runs; 240 × 15 min / 60 = 60 h/year;
 * Alice at $50/h → 60 × 50 = $3,000/year.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from './analyze-team';
import { ALICE, SETTINGS, findingFor, member, processOf, step, teamInput } from './test-fixtures';
import type { AnalysisStep } from './types';

/** Analyse a single step in the baseline process. */
function analyzeOne(s: AnalysisStep, parts: Parameters<typeof teamInput>[0] = {}) {
  return findingFor(analyzeTeam(teamInput({ processes: [processOf('p1', [s])], ...parts })), s.id);
}

const BOB = member({ membershipId: 'm-bob', name: 'Bob', hourlyCost: 30, weeklyCapacityHours: 10 });

describe('measuring a step', () => {
  it('computes runs, hours and cost from frequency, minutes and the performer rate', () => {
    const f = analyzeOne(step({ id: 's1', needsJudgment: true }));
    // 20/month × 12 = 240 runs; 240 × 15 / 60 = 60 h; 60 h × $50 = $3,000
    expect(f.runsPerYear).toBe(240);
    expect(f.hoursPerYear).toBe(60);
    expect(f.costPerYear).toBe(3000);
    expect(f.performerHourlyCost).toBe(50);
    expect(f.reasons[0]).toBe('Runs 240×/year × 15 min = 60 h/year');
    expect(f.reasons[1]).toBe('Costs $3,000/year at $50/h (Alice)');
  });

  it('scales runs by probability and says so', () => {
    const f = analyzeOne(step({ id: 's1', probability: 50, needsJudgment: true }));
    // 240 × 50% = 120 runs; 120 × 15 / 60 = 30 h; 30 × $50 = $1,500
    expect(f.runsPerYear).toBe(120);
    expect(f.hoursPerYear).toBe(30);
    expect(f.costPerYear).toBe(1500);
    expect(f.reasons[0]).toBe('Happens in 50% of 240 runs = 120×/year × 15 min = 30 h/year');
  });

  it('uses the on-demand estimate of runs per year', () => {
    const process = processOf('p1', [step({ id: 's1', minutes: 60, needsJudgment: true })], {
      frequency: { period: 'on_demand', runsPerYear: 30 },
    });
    const f = findingFor(analyzeTeam(teamInput({ processes: [process] })), 's1');
    // 30 runs × 60 min / 60 = 30 h; 30 × $50 = $1,500
    expect(f.runsPerYear).toBe(30);
    expect(f.hoursPerYear).toBe(30);
    expect(f.costPerYear).toBe(1500);
  });

  it('values an unassigned step at the team default rate', () => {
    const f = analyzeOne(step({ id: 's1', performerId: null, needsJudgment: true }), {
      settings: { ...SETTINGS, defaultHourlyCost: 40 },
    });
    // 60 h × $40 default = $2,400
    expect(f.performerHourlyCost).toBe(40);
    expect(f.costPerYear).toBe(2400);
    expect(f.reasons[1]).toBe('Costs $2,400/year at $40/h (unassigned, team default rate)');
  });

  it('values a member without a cost at the team default rate', () => {
    const f = analyzeOne(step({ id: 's1', needsJudgment: true }), {
      members: [{ ...ALICE, hourlyCost: null }],
      settings: { ...SETTINGS, defaultHourlyCost: 70 },
    });
    // 60 h × $70 = $4,200
    expect(f.performerHourlyCost).toBe(70);
    expect(f.costPerYear).toBe(4200);
    expect(f.reasons[1]).toBe('Costs $4,200/year at $70/h (Alice, team default rate)');
  });

  it('ignores wait minutes: only hands-on time costs money', () => {
    const f = analyzeOne(step({ id: 's1', waitMinutes: 600, needsJudgment: true }));
    expect(f.hoursPerYear).toBe(60);
  });
});

describe('remove', () => {
  it('removes a step with no value and saves all of its hours and cost', () => {
    const f = analyzeOne(step({ id: 's1', value: 'none' }), { members: [ALICE, BOB] });
    expect(f.action).toBe('remove');
    expect(f.keepReason).toBeNull();
    expect(f.hoursSavedPerYear).toBe(60);
    expect(f.costSavedPerYear).toBe(3000);
    expect(f.hoursFreedPerYear).toBe(60);
    expect(f.suggestedMemberId).toBeNull();
    expect(f.breakEvenEffortHours).toBeNull();
    expect(f.reasons).toContain(
      'Marked as adding no value: removing it saves 60 h and $3,000 a year',
    );
  });

  it('comes before automate and delegate', () => {
    // Rule-based, no judgment, 60 h × 5 years = 300 h > 8 h and Bob is cheaper: still remove.
    const f = analyzeOne(step({ id: 's1', value: 'none', ruleBased: true }), {
      members: [ALICE, BOB],
    });
    expect(f.action).toBe('remove');
  });

  it('applies even when the step needs judgment', () => {
    expect(analyzeOne(step({ id: 's1', value: 'none', needsJudgment: true })).action).toBe(
      'remove',
    );
  });

  it('is still shown for a step below the minimum hours', () => {
    // 240 × 0.5 min / 60 = 2 h < 4 h minimum; 2 h × $50 = $100
    const f = analyzeOne(step({ id: 's1', value: 'none', minutes: 0.5 }));
    expect(f.action).toBe('remove');
    expect(f.hoursSavedPerYear).toBe(2);
    expect(f.costSavedPerYear).toBe(100);
  });

  it('is shown for a zero-minute step with nothing to save', () => {
    const f = analyzeOne(step({ id: 's1', value: 'none', minutes: 0 }));
    expect(f.action).toBe('remove');
    expect(f.costSavedPerYear).toBe(0);
    expect(f.reasons).toContain('Marked as adding no value: removing it simplifies the process');
  });
});

describe('automate', () => {
  it('automates a rule-based step without judgment when it pays back within the horizon', () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: true }), { members: [ALICE, BOB] });
    // break-even = 60 h × 5 years = 300 h > 8 h default effort;
    // payback = 8 h ÷ (60 h / 12) = 8 ÷ 5 = 1.6 months
    expect(f.action).toBe('automate');
    expect(f.automationEffortHours).toBe(8);
    expect(f.breakEvenEffortHours).toBe(300);
    expect(f.paybackMonths).toBeCloseTo(1.6, 10);
    expect(f.hoursSavedPerYear).toBe(60);
    expect(f.costSavedPerYear).toBe(3000);
    expect(f.suggestedMemberId).toBeNull();
    expect(f.reasons).toEqual([
      'Runs 240×/year × 15 min = 60 h/year',
      'Costs $3,000/year at $50/h (Alice)',
      'Follows fixed rules and needs no judgment',
      'Saves 300 h over 5 years, more than the 8 h (team default estimate) it takes to automate',
      'Automating pays back in 1.6 months if it takes 8 h',
    ]);
  });

  it("uses the step's own effort estimate over the team default", () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: true, automationEffortHours: 40 }));
    // payback = 40 ÷ (60 / 12) = 8 months; 300 h > 40 h
    expect(f.action).toBe('automate');
    expect(f.automationEffortHours).toBe(40);
    expect(f.paybackMonths).toBeCloseTo(8, 10);
    expect(f.reasons).toContain('Automating pays back in 8 months if it takes 40 h');
  });

  it('requires the horizon savings to exceed the effort strictly', () => {
    // break-even 300 h: an effort of exactly 300 h does not pay back, 299 h does.
    expect(analyzeOne(step({ id: 'a', ruleBased: true, automationEffortHours: 300 })).action).toBe(
      'keep',
    );
    expect(analyzeOne(step({ id: 'b', ruleBased: true, automationEffortHours: 299 })).action).toBe(
      'automate',
    );
  });

  it('follows the team horizon', () => {
    // 60 h × 1 year = 60 h < 100 h effort → keep; × 2 years = 120 h > 100 h → automate
    const s = step({ id: 's1', ruleBased: true, automationEffortHours: 100 });
    expect(analyzeOne(s, { settings: { ...SETTINGS, horizonYears: 1 } }).action).toBe('keep');
    expect(analyzeOne(s, { settings: { ...SETTINGS, horizonYears: 2 } }).action).toBe('automate');
  });

  it('comes before delegate even when a cheaper teammate has room', () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: true }), { members: [ALICE, BOB] });
    expect(f.action).toBe('automate');
  });

  it('applies to unassigned steps, valued at the team default', () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: true, performerId: null }));
    expect(f.action).toBe('automate');
    expect(f.costSavedPerYear).toBe(3000); // 60 h × $50 default
  });

  it('is not offered for a step that is not rule-based', () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: false }));
    expect(f.action).toBe('keep');
    expect(f.breakEvenEffortHours).toBeNull();
    expect(f.paybackMonths).toBeNull();
  });
});

describe('delegate', () => {
  it('delegates to a cheaper teammate with room and saves the cost difference', () => {
    const f = analyzeOne(step({ id: 's1' }), { members: [ALICE, BOB] });
    // 60 h/year ÷ 48 weeks = 1.25 h/week ≤ Bob's 10 h spare;
    // saving = 60 h × ($50 − $30) = $1,200; the team still spends the 60 h.
    expect(f.action).toBe('delegate');
    expect(f.suggestedMemberId).toBe('m-bob');
    expect(f.suggestedMemberHourlyCost).toBe(30);
    expect(f.costSavedPerYear).toBe(1200);
    expect(f.hoursSavedPerYear).toBe(0);
    expect(f.hoursFreedPerYear).toBe(60);
    expect(f.breakEvenEffortHours).toBeNull();
    expect(f.reasons).toEqual([
      'Runs 240×/year × 15 min = 60 h/year',
      'Costs $3,000/year at $50/h (Alice)',
      'Needs no judgment, so a teammate can do it',
      'Bob costs $30/h vs $50/h for Alice and has 10 h/week spare for its 1.3 h/week',
      'Delegating saves $1,200/year (60 h/year × $20/h) and frees 60 h/year for Alice',
    ]);
  });

  it('delegates a rule-based step whose automation does not pay back, showing break-even', () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: true, automationEffortHours: 400 }), {
      members: [ALICE, BOB],
    });
    // 60 × 5 = 300 h < 400 h effort → no automation; Bob saves 60 × 20 = $1,200
    expect(f.action).toBe('delegate');
    expect(f.costSavedPerYear).toBe(1200);
    expect(f.breakEvenEffortHours).toBe(300);
    // 400 ÷ (60 / 12) = 80 months
    expect(f.paybackMonths).toBeCloseTo(80, 10);
  });

  it('suggests the cheapest teammate whose capacity fits', () => {
    const carol = member({ membershipId: 'm-carol', name: 'Carol', hourlyCost: 20 });
    const f = analyzeOne(step({ id: 's1' }), { members: [ALICE, BOB, carol] });
    // Carol: 60 × ($50 − $20) = $1,800
    expect(f.suggestedMemberId).toBe('m-carol');
    expect(f.costSavedPerYear).toBe(1800);
  });

  it('skips a cheaper teammate whose spare capacity is too small', () => {
    // Carol has 1 h/week < 1.25 h/week needed → Bob
    const carol = member({ membershipId: 'm-carol', hourlyCost: 20, weeklyCapacityHours: 1 });
    expect(analyzeOne(step({ id: 's1' }), { members: [ALICE, BOB, carol] }).suggestedMemberId).toBe(
      'm-bob',
    );
  });

  it('counts hours already committed against capacity', () => {
    // Carol: 10 − 9 committed = 1 h/week spare < 1.25 → Bob
    const carol = member({
      membershipId: 'm-carol',
      hourlyCost: 20,
      weeklyCapacityHours: 10,
      committedHoursPerWeek: 9,
    });
    expect(analyzeOne(step({ id: 's1' }), { members: [ALICE, BOB, carol] }).suggestedMemberId).toBe(
      'm-bob',
    );
  });

  it('accepts a step that exactly fills the spare capacity', () => {
    const carol = member({ membershipId: 'm-carol', hourlyCost: 20, weeklyCapacityHours: 1.25 });
    expect(analyzeOne(step({ id: 's1' }), { members: [ALICE, carol] }).suggestedMemberId).toBe(
      'm-carol',
    );
  });

  it('compares a member without a cost at the team default rate', () => {
    // Alice has no cost → $50 default; Bob $30 → saving 60 × 20 = $1,200
    const f = analyzeOne(step({ id: 's1' }), { members: [{ ...ALICE, hourlyCost: null }, BOB] });
    expect(f.action).toBe('delegate');
    expect(f.costSavedPerYear).toBe(1200);
    // A teammate without a cost ($50 default) is not cheaper than Alice at $50.
    const dave = member({ membershipId: 'm-dave', hourlyCost: null });
    expect(analyzeOne(step({ id: 's2' }), { members: [ALICE, dave] }).action).toBe('keep');
  });
});

describe('keep', () => {
  it('keeps a step that needs judgment, even if it would otherwise be automated', () => {
    const f = analyzeOne(step({ id: 's1', needsJudgment: true, ruleBased: true }), {
      members: [ALICE, BOB],
    });
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('needs_judgment');
    expect(f.hoursSavedPerYear).toBe(0);
    expect(f.costSavedPerYear).toBe(0);
    expect(f.hoursFreedPerYear).toBe(0);
    expect(f.reasons[2]).toMatch(/judgment/);
  });

  it('keeps a step below the minimum hours whatever else holds', () => {
    // 240 × 0.9 min / 60 = 3.6 h < 4 h: rule-based and Bob is cheaper, still too small.
    const f = analyzeOne(step({ id: 's1', minutes: 0.9, ruleBased: true }), {
      members: [ALICE, BOB],
    });
    expect(f.hoursPerYear).toBeCloseTo(3.6, 10);
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('too_small');
    expect(f.reasons[2]).toBe(
      "3.6 h/year is below the team's 4 h/year minimum: too small to matter",
    );
  });

  it('keeps an automated step as automated, not as a new candidate or "too small"', () => {
    // Rule-based and Bob is cheaper: it would be automated or delegated if it were not already.
    const f = analyzeOne(step({ id: 's1', ruleBased: true, automated: true }), {
      members: [ALICE, BOB],
    });
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('automated');
    expect(f.costSavedPerYear).toBe(0);
    expect(f.reasons[2]).toBe(
      'Already automated: the 60 h/year left is hand work the automation does not cover',
    );
    // Even when little hand work is left, it says automated, not "too small".
    const small = analyzeOne(step({ id: 's2', minutes: 0.5, automated: true }));
    expect(small.keepReason).toBe('automated');
    // Marked as adding no value, it is still a removal.
    expect(analyzeOne(step({ id: 's3', value: 'none', automated: true })).action).toBe('remove');
  });

  it('ranks too small ahead of needs judgment', () => {
    const f = analyzeOne(step({ id: 's1', minutes: 0.9, needsJudgment: true }));
    expect(f.keepReason).toBe('too_small');
  });

  it('treats exactly the minimum as big enough', () => {
    // 240 × 1 min / 60 = 4 h, not below 4 h → automate (4 × 5 = 20 h > 8 h)
    const f = analyzeOne(step({ id: 's1', minutes: 1, ruleBased: true }));
    expect(f.hoursPerYear).toBe(4);
    expect(f.action).toBe('automate');
  });

  it('treats a zero-minute step as too small even with a zero minimum', () => {
    const f = analyzeOne(
      step({ id: 's1', minutes: 0, ruleBased: true, automationEffortHours: 0 }),
      {
        settings: { ...SETTINGS, minHoursPerYear: 0 },
        members: [ALICE, BOB],
      },
    );
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('too_small');
    expect(f.reasons[2]).toBe('Takes no hands-on time: nothing to gain');
  });

  it('treats a step with 0% probability as too small', () => {
    const f = analyzeOne(step({ id: 's1', probability: 0 }), { members: [ALICE, BOB] });
    expect(f.runsPerYear).toBe(0);
    expect(f.keepReason).toBe('too_small');
    expect(f.reasons[2]).toBe(
      'Never happens at the current frequency and probability: nothing to gain',
    );
  });

  it('keeps a rule-based step whose automation does not pay back and that nobody can take', () => {
    const f = analyzeOne(step({ id: 's1', ruleBased: true, automationEffortHours: 400 }));
    // 300 h break-even < 400 h effort; 400 ÷ 5 = 80 months > 60-month horizon
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('automation_does_not_pay_back');
    expect(f.breakEvenEffortHours).toBe(300);
    expect(f.reasons).toEqual([
      'Runs 240×/year × 15 min = 60 h/year',
      'Costs $3,000/year at $50/h (Alice)',
      'Follows fixed rules and needs no judgment',
      'Automating would take 400 h but saves only 300 h over 5 years',
      'It would pay back in 80 months, beyond the 60-month horizon',
      'Nobody on the team costs less than $50/h, so delegating would not save money',
    ]);
  });

  it('names automation as the keep reason for a rule-based unassigned step, and says both', () => {
    // 300 h break-even < 400 h effort; Bob has room but there is nobody to delegate from.
    const f = analyzeOne(
      step({ id: 's1', ruleBased: true, automationEffortHours: 400, performerId: null }),
      { members: [ALICE, BOB] },
    );
    expect(f.keepReason).toBe('automation_does_not_pay_back');
    expect(f.suggestedMemberId).toBeNull();
    expect(f.reasons.at(-1)).toBe(
      'Nobody is assigned to it, so there is nobody to delegate it from: assign an owner first',
    );
  });

  it('words a one-year horizon and a one-month payback in the singular', () => {
    // 60 h/year × 1 year = 60 h break-even > 5 h effort; payback 5 ÷ (60 / 12) = 1 month
    const f = analyzeOne(step({ id: 's1', ruleBased: true, automationEffortHours: 5 }), {
      settings: { ...SETTINGS, horizonYears: 1 },
    });
    expect(f.reasons).toContain('Saves 60 h over 1 year, more than the 5 h it takes to automate');
    expect(f.reasons).toContain('Automating pays back in 1 month if it takes 5 h');
  });

  it('keeps a step when nobody on the team is cheaper', () => {
    const pricey = member({ membershipId: 'm-zed', hourlyCost: 80 });
    const f = analyzeOne(step({ id: 's1' }), { members: [ALICE, pricey] });
    expect(f.keepReason).toBe('no_cheaper_teammate_with_capacity');
    expect(f.suggestedMemberId).toBeNull();
  });

  it('keeps a step when cheaper teammates have no spare capacity', () => {
    const full = member({ membershipId: 'm-bob', name: 'Bob', weeklyCapacityHours: 0 });
    const f = analyzeOne(step({ id: 's1' }), { members: [ALICE, full] });
    expect(f.keepReason).toBe('no_cheaper_teammate_with_capacity');
    expect(f.reasons[3]).toBe(
      '1 teammate costs less than $50/h, but none has 1.3 h/week of spare capacity left',
    );
  });

  it('does not delegate an unassigned step even when a cheaper teammate has room', () => {
    const f = analyzeOne(step({ id: 's1', performerId: null }), { members: [ALICE, BOB] });
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('unassigned');
    expect(f.reasons[3]).toBe(
      'Nobody is assigned to it, so there is nobody to delegate it from: assign an owner first',
    );
  });

  it('treats a performer who is not a member as unassigned, at the default rate', () => {
    const f = analyzeOne(step({ id: 's1', performerId: 'm-gone' }), { members: [ALICE, BOB] });
    expect(f.keepReason).toBe('unassigned');
    expect(f.performerHourlyCost).toBe(50);
    expect(f.performerId).toBe('m-gone');
    expect(f.reasons[3]).toMatch(/no longer on the team/);
  });
});
