import Link from 'next/link';
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

const STATUS_STYLE = {
  draft: 'bg-amber-50 text-amber-800',
  active: 'bg-emerald-50 text-emerald-800',
  archived: 'bg-slate-100 text-slate-500',
} as const;

export function ProcessTable({ teamSlug, processes }: { teamSlug: string; processes: Row[] }) {
  return (
    <div className="relative min-w-0 overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Processes</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Process
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Runs / year
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Steps
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Hours / year
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {processes.map((p) => (
            <tr key={p.id} className={p.status === 'archived' ? 'text-slate-400' : ''}>
              <td className="px-4 py-2">
                <Link
                  href={`/t/${teamSlug}/processes/${p.id}`}
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
                {p.ownerName && <div className="text-xs text-slate-500">Owner: {p.ownerName}</div>}
              </td>
              <td className="px-4 py-2">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs capitalize ${STATUS_STYLE[p.status]}`}
                >
                  {p.status}
                </span>
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{formatQuantity(p.runsPerYear)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{p.stepCount}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatHours(p.hoursPerYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
