import { hoursPerYear, processRunsPerYear, stepRunsPerYear } from '@/server/analysis/runs';
import { frequencyOf } from '@/server/process-frequency';
import type { ProcessData } from './types';

/** The process totals the page shows, from the same formulas as the report. */
export function processNumbers(data: ProcessData) {
  const runsPerYear = processRunsPerYear(frequencyOf(data.process), data.settings);
  const stepHours = new Map(
    data.steps.map((s) => [
      s.id,
      hoursPerYear(stepRunsPerYear(runsPerYear, s.probability), s.minutes),
    ]),
  );
  // Expected hands-on minutes per run: what-if branches count by how often they happen.
  const minutesPerRun = data.steps.reduce((sum, s) => sum + (s.minutes * s.probability) / 100, 0);
  const totalHours = [...stepHours.values()].reduce((a, b) => a + b, 0);
  return { runsPerYear, minutesPerRun, hoursPerYear: totalHours, stepHours };
}
