import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
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
    <Table label="Capacity per member, in hours a week">
      <THead>
        <Th>Member</Th>
        <Th numeric>Performs (h/week)</Th>
        <Th numeric>Pending hand-offs (h/week)</Th>
        <Th numeric>Delegated to them (h/week)</Th>
        <Th numeric>Capacity (h/week)</Th>
        <Th>Delegated vs capacity</Th>
      </THead>
      <TBody>
        {rows.map((r) => {
          const percent = loadPercent(r.delegatedHoursPerWeek, r.weeklyCapacityHours);
          return (
            <tr
              key={r.membershipId}
              data-testid="capacity-row"
              data-over={r.overCapacity ? 'true' : 'false'}
              className={r.overCapacity ? 'bg-red-50 text-red-800' : undefined}
            >
              <Th scope="row" className="text-left">
                {r.name}
                {r.overCapacity && (
                  <Badge tone="red" className="ml-2 font-semibold">
                    Over capacity
                  </Badge>
                )}
              </Th>
              <Td numeric>{hours(r.performsHoursPerWeek)}</Td>
              <Td numeric>{hours(r.pendingHoursPerWeek)}</Td>
              <Td numeric>{hours(r.delegatedHoursPerWeek)}</Td>
              <Td numeric>{hours(r.weeklyCapacityHours)}</Td>
              <Td>
                <div className="flex items-center gap-2">
                  <div aria-hidden className="h-2 w-32 overflow-hidden rounded-full bg-slate-200">
                    <div
                      className={`h-full rounded-full ${r.overCapacity ? 'bg-red-600' : 'bg-brand-600'}`}
                      style={{ width: `${Math.min(100, percent)}%` }}
                    />
                  </div>
                  <span className="whitespace-nowrap text-xs tabular-nums">
                    {Number.isFinite(percent) ? `${formatNumber(percent, 0)}%` : 'no capacity set'}
                  </span>
                </div>
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
