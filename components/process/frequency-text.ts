import { formatQuantity } from '@/lib/format';
import type { Frequency } from '@/server/analysis/types';

const PERIOD_WORDS: Record<Exclude<Frequency['period'], 'on_demand'>, string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** "once", "twice", "3 times", "2.5 times": decided on the number as displayed, so 1.001 is "once". */
function times(count: number): string {
  const text = formatQuantity(Number.isFinite(count) && count > 0 ? count : 0);
  if (text === '1') return 'once';
  if (text === '2') return 'twice';
  return `${text} times`;
}

/** A process's frequency in words: "3 times a week", "on demand, about 30 times a year". */
export function frequencyText(frequency: Frequency): string {
  if (frequency.period === 'on_demand') {
    const runs = frequency.runsPerYear;
    // 0 is a valid estimate ("we don't know yet, rarely"): no number is better than "0 times".
    if (!(Number.isFinite(runs) && runs > 0)) return 'on demand';
    return `on demand, about ${times(runs)} a year`;
  }
  return `${times(frequency.count)} a ${PERIOD_WORDS[frequency.period]}`;
}
