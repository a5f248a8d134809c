import { formatNumber } from '@/lib/format';
import type { CapacityView } from './types';

const hours = (h: number) => formatNumber(h, 1);

/** Delegated hours as a share of capacity; none at all when there is neither. */
function loadPercent(delegated: number, capacity: number): number {
  if (capacity > 0) return (delegated / capacity) * 100;
  return delegated > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** Per member: what they do, what was handed to them, and whether it fits their capacity. */
export function CapacityTable({ rows }: { rows: CapacityView[] }) {
  return (
    <div className="relative min-w-0 overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Capacity per member, in hours a week</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              Member
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              Performs (h/week)
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              Pending hand-offs (h/week)
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              Delegated to them (h/week)
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              Capacity (h/week)
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Delegated vs capacity
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const percent = loadPercent(r.delegatedHoursPerWeek, r.weeklyCapacityHours);
            return (
              <tr
                key={r.membershipId}
                data-testid="capacity-row"
                data-over={r.overCapacity ? 'true' : 'false'}
                className={r.overCapacity ? 'bg-red-50 text-red-800' : undefined}
              >
                <th scope="row" className="px-4 py-3 text-left font-medium">
                  {r.name}
                  {r.overCapacity && (
                    <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-red-200">
                      Over capacity
                    </span>
                  )}
                </th>
                <td className="px-4 py-3 text-right tabular-nums">
                  {hours(r.performsHoursPerWeek)}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {hours(r.pendingHoursPerWeek)}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {hours(r.delegatedHoursPerWeek)}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {hours(r.weeklyCapacityHours)}
                </td>
                <td className="px-4 py-3">
                  <div className="flex items-center gap-2">
                    <div aria-hidden className="h-2 w-32 overflow-hidden rounded-full bg-slate-200">
                      <div
                        className={`h-full rounded-full ${r.overCapacity ? 'bg-red-600' : 'bg-brand-600'}`}
                        style={{ width: `${Math.min(100, percent)}%` }}
                      />
                    </div>
                    <span className="whitespace-nowrap text-xs tabular-nums">
                      {Number.isFinite(percent)
                        ? `${formatNumber(percent, 0)}%`
                        : 'no capacity set'}
                    </span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
