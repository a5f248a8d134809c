'use client';

import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@/lib/format';
import { useTRPC } from '@/trpc/client';

/** The process's own slice of the activity log. */
export function ProcessHistory({ teamId, processId }: { teamId: string; processId: string }) {
  const trpc = useTRPC();
  const { data, isPending } = useQuery(trpc.process.history.queryOptions({ teamId, processId }));
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {isPending ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : !data?.length ? (
        <p className="text-sm text-slate-500">No changes yet.</p>
      ) : (
        <ol className="space-y-1 text-sm" aria-label="Process history">
          {data.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-2">
              <span>
                <span className="font-medium">{e.actorName ?? 'A former user'}</span> {e.summary}
              </span>
              <time dateTime={e.createdAt.toISOString()} className="text-xs text-slate-500">
                {formatDateTime(e.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
