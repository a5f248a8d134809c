import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { formatHours, formatQuantity } from '@/lib/format';

type Row = {
  id: string;
  name: string;
  status: 'draft' | 'active' | 'archived';
  ownerName: string | null;
  runsPerYear: number;
  stepCount: number;
  hoursPerYear: number;
};

const STATUS_TONE: Record<Row['status'], BadgeTone> = {
  draft: 'amber',
  active: 'emerald',
  archived: 'neutral',
};

export function ProcessTable({ teamSlug, processes }: { teamSlug: string; processes: Row[] }) {
  return (
    <Table label="Processes">
      <THead>
        <Th>Process</Th>
        <Th>Status</Th>
        <Th numeric>Runs / year</Th>
        <Th numeric>Steps</Th>
        <Th numeric>Hours / year</Th>
      </THead>
      <TBody>
        {processes.map((p) => (
          <tr key={p.id} className={p.status === 'archived' ? 'text-slate-400' : ''}>
            <Td>
              <Link
                href={`/t/${teamSlug}/processes/${p.id}`}
                className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {p.name}
              </Link>
              {p.ownerName && <div className="text-xs text-slate-500">Owner: {p.ownerName}</div>}
            </Td>
            <Td>
              <Badge tone={STATUS_TONE[p.status]} className="capitalize">
                {p.status}
              </Badge>
            </Td>
            <Td numeric>{formatQuantity(p.runsPerYear)}</Td>
            <Td numeric>{p.stepCount}</Td>
            <Td numeric>{formatHours(p.hoursPerYear)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
