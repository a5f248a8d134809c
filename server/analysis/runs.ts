/**
 * How often things happen and how many hours they take.
 *
 * Day-based frequencies count working days only (working days per week × weeks per year), so
 * "daily" means every working day, not 365 days. Negative or non-finite inputs count as 0 so a
 * bad row cannot turn savings negative; probability is clamped to 0..100 percent.
 */
import type { AnalysisSettings, Frequency } from './types';

/** Finite and not negative, else 0. */
export function nonNegative(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

export function processRunsPerYear(
  frequency: Frequency,
  settings: Pick<AnalysisSettings, 'workingDaysPerWeek' | 'weeksPerYear'>,
): number {
  if (frequency.period === 'on_demand') return nonNegative(frequency.runsPerYear);
  const count = nonNegative(frequency.count);
  switch (frequency.period) {
    case 'day':
      return count * nonNegative(settings.workingDaysPerWeek) * nonNegative(settings.weeksPerYear);
    case 'week':
      return count * nonNegative(settings.weeksPerYear);
    case 'month':
      return count * 12;
    case 'quarter':
      return count * 4;
    case 'year':
      return count;
  }
}

export function clampProbability(percent: number): number {
  return Math.min(100, nonNegative(percent));
}

/** Runs of the step itself: the process runs × the share of runs in which the step happens. */
export function stepRunsPerYear(processRuns: number, probabilityPercent: number): number {
  return (nonNegative(processRuns) * clampProbability(probabilityPercent)) / 100;
}

export function hoursPerYear(runsPerYear: number, minutes: number): number {
  return (nonNegative(runsPerYear) * nonNegative(minutes)) / 60;
}

/**
 * The weekly load a teammate would take on. With no working weeks configured, any positive
 * load cannot fit anywhere (Infinity) rather than dividing by zero into NaN.
 */
export function hoursPerWeek(hoursPerYearValue: number, weeksPerYear: number): number {
  const weeks = nonNegative(weeksPerYear);
  if (weeks === 0) return hoursPerYearValue > 0 ? Infinity : 0;
  return hoursPerYearValue / weeks;
}
