import { formatHours } from '@/lib/format';

export type LevelTotals = { processCount: number; stepCount: number; hoursPerYear: number };

export function TotalsLine({
  totals,
  className = '',
}: {
  totals: LevelTotals;
  className?: string;
}) {
  return (
    <dl className={`flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 ${className}`}>
      <div className="flex gap-1">
        <dt className="sr-only">Processes</dt>
        <dd>
          <strong className="font-semibold text-slate-800">{totals.processCount}</strong>{' '}
          {totals.processCount === 1 ? 'process' : 'processes'}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="sr-only">Steps</dt>
        <dd>
          <strong className="font-semibold text-slate-800">{totals.stepCount}</strong>{' '}
          {totals.stepCount === 1 ? 'step' : 'steps'}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="sr-only">Hours per year</dt>
        <dd>
          <strong className="font-semibold text-slate-800">
            {formatHours(totals.hoursPerYear)}
          </strong>{' '}
          a year
        </dd>
      </div>
    </dl>
  );
}
