/**
 * Plain-words reasons, built only from the numbers the finding carries, so a reader can redo
 * the arithmetic ("Runs 240×/year × 15 min = 60 h/year"). Numbers are rounded for reading only;
 * the finding's fields keep full precision.
 */
import type { AutomationCheck, Decision, Performer, Savings, StepMeasure } from './step-finding';
import { formatCount, formatHours, formatMoney, formatPercent, formatQuantity } from '@/lib/format';
import type { AnalysisSettings } from './types';
import { ACTION_LABELS, KEEP_REASON_LABELS } from '@/lib/labels';

/** Short labels for the report's filters, badges and CSV columns (lib/labels). */

export { ACTION_LABELS, KEEP_REASON_LABELS };

export interface ReasonContext {
  measure: StepMeasure;
  decision: Decision;
  savings: Savings;
  /** The known performer, or null when unassigned or not a member of the team. */
  performer: Performer | null;
  /** The step's performerId as given (to tell "unassigned" from "no longer on the team"). */
  performerId: string | null;
  settings: AnalysisSettings;
}

function perHour(amount: number, currency: string): string {
  return `${formatMoney(amount, currency)}/h`;
}

function workloadReason({ measure }: ReasonContext): string {
  const minutes = `${formatQuantity(measure.minutes)} min`;
  const hours = `${formatHours(measure.hoursPerYear)}/year`;
  if (measure.probability >= 100) {
    return `Runs ${formatQuantity(measure.runsPerYear)}×/year × ${minutes} = ${hours}`;
  }
  return (
    `Happens in ${formatPercent(measure.probability)} of ` +
    `${formatQuantity(measure.processRunsPerYear)} runs = ` +
    `${formatQuantity(measure.runsPerYear)}×/year × ${minutes} = ${hours}`
  );
}

function costReason({ measure, performer, settings }: ReasonContext): string {
  const who = !performer
    ? 'unassigned, team default rate'
    : performer.usesDefaultCost
      ? `${performer.name}, team default rate`
      : performer.name;
  return (
    `Costs ${formatMoney(measure.costPerYear, settings.currency)}/year at ` +
    `${perHour(measure.performerHourlyCost, settings.currency)} (${who})`
  );
}

function performerLabel(ctx: ReasonContext): string {
  return ctx.performer ? ctx.performer.name : 'the performer';
}

function automationReasons(automation: AutomationCheck): string[] {
  const effort = `${formatHours(automation.effortHours)}${
    automation.effortIsDefault ? ' (team default estimate)' : ''
  }`;
  const breakEven = formatHours(automation.breakEvenEffortHours);
  const years = formatCount(automation.horizonYears, 'year', 'years');
  const months = formatCount(automation.paybackMonths, 'month', 'months');
  if (automation.paysBack) {
    return [
      'Follows fixed rules and needs no judgment',
      `Saves ${breakEven} over ${years}, more than the ${effort} it takes to automate`,
      `Automating pays back in ${months} if it takes ${formatHours(automation.effortHours)}`,
    ];
  }
  return [
    'Follows fixed rules and needs no judgment',
    `Automating would take ${effort} but saves only ${breakEven} over ${years}`,
    `It would pay back in ${months}, beyond the ${formatQuantity(
      automation.horizonYears * 12,
    )}-month horizon`,
  ];
}

function delegationFailureReason(ctx: ReasonContext): string {
  const { decision, measure, settings } = ctx;
  if (!ctx.performer) {
    return ctx.performerId === null
      ? 'Nobody is assigned to it, so there is nobody to delegate it from: assign an owner first'
      : 'Its performer is no longer on the team, so there is nobody to delegate it from: assign an owner first';
  }
  const rate = perHour(measure.performerHourlyCost, settings.currency);
  const cheaper = decision.delegate?.kind === 'none' ? decision.delegate.cheaperTeammates : 0;
  if (cheaper === 0) {
    return `Nobody on the team costs less than ${rate}, so delegating would not save money`;
  }
  const who = cheaper === 1 ? '1 teammate costs' : `${cheaper} teammates cost`;
  return (
    `${who} less than ${rate}, but none has ` +
    `${formatHours(measure.hoursPerWeek)}/week of spare capacity left`
  );
}

function actionReasons(ctx: ReasonContext): string[] {
  const { decision, measure, savings, settings } = ctx;
  const currency = settings.currency;
  switch (decision.action) {
    case 'remove':
      return measure.hoursPerYear > 0
        ? [
            `Marked as adding no value: removing it saves ${formatHours(
              savings.hoursSavedPerYear,
            )} and ${formatMoney(savings.costSavedPerYear, currency)} a year`,
          ]
        : ['Marked as adding no value: removing it simplifies the process'];
    case 'automate':
      return decision.automation ? automationReasons(decision.automation) : [];
    case 'delegate': {
      const mate = decision.delegate;
      if (mate?.kind !== 'delegate') return [];
      const lines = decision.automation
        ? automationReasons(decision.automation)
        : ['Needs no judgment, so a teammate can do it'];
      const diff = measure.performerHourlyCost - mate.hourlyCost;
      lines.push(
        `${mate.name} costs ${perHour(mate.hourlyCost, currency)} vs ` +
          `${perHour(measure.performerHourlyCost, currency)} for ${performerLabel(ctx)} and has ` +
          `${formatHours(mate.spareHoursPerWeek)}/week spare for its ` +
          `${formatHours(measure.hoursPerWeek)}/week`,
        `Delegating saves ${formatMoney(savings.costSavedPerYear, currency)}/year ` +
          `(${formatHours(measure.hoursPerYear)}/year × ${perHour(diff, currency)}) and frees ` +
          `${formatHours(savings.hoursFreedPerYear)}/year for ${performerLabel(ctx)}`,
      );
      return lines;
    }
    case 'keep':
      switch (decision.keepReason) {
        case 'automated':
          return [
            measure.hoursPerYear > 0
              ? `Already automated: the ${formatHours(measure.hoursPerYear)}/year left is hand work the automation does not cover`
              : 'Already automated: no hand work is left',
          ];
        case 'too_small':
          if (measure.hoursPerYear <= 0) {
            return [
              measure.runsPerYear <= 0
                ? 'Never happens at the current frequency and probability: nothing to gain'
                : 'Takes no hands-on time: nothing to gain',
            ];
          }
          return [
            `${formatHours(measure.hoursPerYear)}/year is below the team's ` +
              `${formatHours(settings.minHoursPerYear)}/year minimum: too small to matter`,
          ];
        case 'needs_judgment':
          return [
            "Needs the performer's judgment or authority: neither a machine nor a teammate can take it over",
          ];
        case 'automation_does_not_pay_back':
          return [
            ...(decision.automation ? automationReasons(decision.automation) : []),
            delegationFailureReason(ctx),
          ];
        case 'unassigned':
        case 'no_cheaper_teammate_with_capacity':
          return ['Needs no judgment, so a teammate could do it', delegationFailureReason(ctx)];
        case null:
          return [];
      }
  }
}

export function buildReasons(ctx: ReasonContext): string[] {
  return [workloadReason(ctx), costReason(ctx), ...actionReasons(ctx)];
}
