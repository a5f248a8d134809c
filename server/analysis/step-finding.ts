/**
 * One step's numbers and recommendation.
 *
 * The rules are tried in the design's order — remove → automate → delegate → keep — because
 * automating waste or delegating what a machine could do is the classic mistake. Choices where
 * the design leaves room:
 *
 * - "Too small to matter" (hours per year below the team minimum) beats every rule except
 *   remove. A step with zero hours (0 minutes or 0% probability) is always too small, even when
 *   the minimum is 0: recommending work on something that costs nothing is noise.
 * - The keep reason is the first rule, in order, that turned the step down: too small →
 *   needs judgment → automation would not pay back (only for rule-based steps, for which
 *   automation is the real lever) → unassigned → nobody cheaper has capacity. A rule-based step
 *   whose automation does not pay back is still offered for delegation; if that fails too, the
 *   reasons say both.
 * - Break-even effort and payback are reported whenever automation was weighed (rule-based, no
 *   judgment, not removed, not too small) — also when it was then delegated or kept — so the
 *   reader can see how close automating came. They are null otherwise.
 * - Delegating saves money, not team hours: the work still gets done. So hoursSavedPerYear is 0
 *   for delegate and the hours taken off the performer appear as hoursFreedPerYear.
 */
import type { DelegateChoice } from './delegate';
import { hoursPerWeek, hoursPerYear, nonNegative, stepRunsPerYear } from './runs';
import type { Action, AnalysisSettings, AnalysisStep, KeepReason } from './types';

export interface Performer {
  membershipId: string;
  name: string;
  hourlyCost: number;
  /** True when the member has no cost of their own and the team default is used. */
  usesDefaultCost: boolean;
}

export interface StepMeasure {
  processRunsPerYear: number;
  probability: number;
  minutes: number;
  runsPerYear: number;
  hoursPerYear: number;
  hoursPerWeek: number;
  costPerYear: number;
  performerHourlyCost: number;
}

export function measureStep(
  step: AnalysisStep,
  processRunsPerYear: number,
  performer: Performer | null,
  settings: AnalysisSettings,
): StepMeasure {
  const runs = stepRunsPerYear(processRunsPerYear, step.probability);
  const hours = hoursPerYear(runs, step.minutes);
  // Unassigned (or unknown) performer → the team default, so its cost still counts.
  const rate = performer ? performer.hourlyCost : nonNegative(settings.defaultHourlyCost);
  return {
    processRunsPerYear: nonNegative(processRunsPerYear),
    probability: Math.min(100, nonNegative(step.probability)),
    minutes: nonNegative(step.minutes),
    runsPerYear: runs,
    hoursPerYear: hours,
    hoursPerWeek: hoursPerWeek(hours, settings.weeksPerYear),
    costPerYear: hours * rate,
    performerHourlyCost: rate,
  };
}

export interface AutomationCheck {
  effortHours: number;
  /** True when the step has no estimate of its own and the team default was assumed. */
  effortIsDefault: boolean;
  horizonYears: number;
  breakEvenEffortHours: number;
  paybackMonths: number;
  paysBack: boolean;
}

export function checkAutomation(
  step: AnalysisStep,
  hoursPerYearValue: number,
  settings: AnalysisSettings,
): AutomationCheck {
  const own = step.automationEffortHours;
  const effortIsDefault = own === null || own === undefined;
  const effortHours = nonNegative(effortIsDefault ? settings.defaultAutomationEffortHours : own);
  const horizonYears = nonNegative(settings.horizonYears);
  const breakEvenEffortHours = hoursPerYearValue * horizonYears;
  // Only reached with hoursPerYear > 0 (zero-hour steps are too small), so no division by 0.
  const paybackMonths = effortHours / (hoursPerYearValue / 12);
  return {
    effortHours,
    effortIsDefault,
    horizonYears,
    breakEvenEffortHours,
    paybackMonths,
    paysBack: breakEvenEffortHours > effortHours,
  };
}

/** What the rules decide before delegation, which needs the team-wide capacity ledger. */
export type Assessment =
  | { kind: 'remove' }
  | { kind: 'automate'; automation: AutomationCheck }
  | { kind: 'keep'; keepReason: 'automated' | 'too_small' | 'needs_judgment' }
  | {
      kind: 'try_delegate';
      /** Set when the step is rule-based and automation was weighed but does not pay back. */
      automation: AutomationCheck | null;
      /** False when there is no known performer to delegate from. */
      hasPerformer: boolean;
    };

// The outcomes that carry nothing of their own are shared, read-only values: a large team's
// analysis then allocates nothing for most of its steps beyond their numbers.
const REMOVE: Assessment = Object.freeze({ kind: 'remove' });
const KEEP_AUTOMATED: Assessment = Object.freeze({ kind: 'keep', keepReason: 'automated' });
const KEEP_TOO_SMALL: Assessment = Object.freeze({ kind: 'keep', keepReason: 'too_small' });
const KEEP_NEEDS_JUDGMENT: Assessment = Object.freeze({
  kind: 'keep',
  keepReason: 'needs_judgment',
});

export function isTooSmall(hoursPerYearValue: number, minHoursPerYear: number): boolean {
  return hoursPerYearValue <= 0 || hoursPerYearValue < nonNegative(minHoursPerYear);
}

export function assessStep(
  step: AnalysisStep,
  measure: StepMeasure,
  performer: Performer | null,
  settings: AnalysisSettings,
): Assessment {
  if (step.value === 'none') return REMOVE;
  // Automated once already: the hand work left is not a new candidate (nor "too small").
  if (step.automated) return KEEP_AUTOMATED;
  if (isTooSmall(measure.hoursPerYear, settings.minHoursPerYear)) return KEEP_TOO_SMALL;
  if (step.needsJudgment) return KEEP_NEEDS_JUDGMENT;
  let automation: AutomationCheck | null = null;
  if (step.ruleBased) {
    automation = checkAutomation(step, measure.hoursPerYear, settings);
    if (automation.paysBack) return { kind: 'automate', automation };
  }
  return { kind: 'try_delegate', automation, hasPerformer: performer !== null };
}

export interface Decision {
  action: Action;
  keepReason: KeepReason | null;
  automation: AutomationCheck | null;
  /** The delegation attempt's outcome, when one was made. */
  delegate: DelegateChoice | null;
}

const DECIDED_REMOVE: Decision = Object.freeze({
  action: 'remove',
  keepReason: null,
  automation: null,
  delegate: null,
});
const DECIDED_KEEP: Readonly<Record<'automated' | 'too_small' | 'needs_judgment', Decision>> = {
  automated: Object.freeze({
    action: 'keep',
    keepReason: 'automated',
    automation: null,
    delegate: null,
  }),
  too_small: Object.freeze({
    action: 'keep',
    keepReason: 'too_small',
    automation: null,
    delegate: null,
  }),
  needs_judgment: Object.freeze({
    action: 'keep',
    keepReason: 'needs_judgment',
    automation: null,
    delegate: null,
  }),
};
const SAVES_NOTHING: Savings = Object.freeze({
  hoursSavedPerYear: 0,
  costSavedPerYear: 0,
  hoursFreedPerYear: 0,
});

/** Completes an assessment with the delegation outcome (null when no attempt was made). */
export function decide(assessment: Assessment, delegate: DelegateChoice | null): Decision {
  switch (assessment.kind) {
    case 'remove':
      return DECIDED_REMOVE;
    case 'automate':
      return {
        action: 'automate',
        keepReason: null,
        automation: assessment.automation,
        delegate: null,
      };
    case 'keep':
      return DECIDED_KEEP[assessment.keepReason];
    case 'try_delegate': {
      if (delegate?.kind === 'delegate') {
        return {
          action: 'delegate',
          keepReason: null,
          automation: assessment.automation,
          delegate,
        };
      }
      const keepReason: KeepReason = assessment.automation
        ? 'automation_does_not_pay_back'
        : !assessment.hasPerformer
          ? 'unassigned'
          : 'no_cheaper_teammate_with_capacity';
      return { action: 'keep', keepReason, automation: assessment.automation, delegate };
    }
  }
}

export interface Savings {
  hoursSavedPerYear: number;
  costSavedPerYear: number;
  hoursFreedPerYear: number;
}

export function savingsOf(decision: Decision, measure: StepMeasure): Savings {
  switch (decision.action) {
    case 'remove':
    case 'automate':
      return {
        hoursSavedPerYear: measure.hoursPerYear,
        costSavedPerYear: measure.costPerYear,
        hoursFreedPerYear: measure.hoursPerYear,
      };
    case 'delegate': {
      const mateRate = decision.delegate?.kind === 'delegate' ? decision.delegate.hourlyCost : 0;
      return {
        hoursSavedPerYear: 0,
        // The chosen teammate is strictly cheaper, so this is positive and below costPerYear.
        costSavedPerYear: measure.hoursPerYear * (measure.performerHourlyCost - mateRate),
        hoursFreedPerYear: measure.hoursPerYear,
      };
    }
    case 'keep':
      return SAVES_NOTHING;
  }
}
