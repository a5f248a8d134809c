import type { Frequency } from '@/server/analysis';

/** A process's stored frequency columns as the analysis reads them (pure; safe in the browser). */
export function frequencyOf(p: {
  frequencyPeriod: Frequency['period'];
  frequencyCount: number;
}): Frequency {
  return p.frequencyPeriod === 'on_demand'
    ? { period: 'on_demand', runsPerYear: p.frequencyCount }
    : { period: p.frequencyPeriod, count: p.frequencyCount };
}
