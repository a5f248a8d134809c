import type { Metadata } from 'next';
import Link from 'next/link';
import { CapacityTable } from '@/components/assignments/capacity-table';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Capacity' };

export default async function CapacityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const rows = await api.assignment.capacity({ teamId: team.id });
  const over = rows.filter((r) => r.overCapacity).length;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Capacity</h1>
        <p className="mt-1 text-sm text-slate-600">
          Hours a week. Performs: the steps someone does now. Pending: hand-offs to them not yet
          done. Delegated: everything handed to them and not declined, pending included, which
          counts against their capacity for delegated work (set on the{' '}
          <Link href={`/t/${team.slug}/members`} className="text-brand-700 underline">
            Members
          </Link>{' '}
          page).
        </p>
        {over > 0 && (
          <p className="mt-2 text-sm font-medium text-red-700">
            {over === 1 ? '1 member is' : `${over} members are`} over capacity.
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No members yet.</p>
      ) : (
        <CapacityTable rows={rows} />
      )}
    </div>
  );
}
