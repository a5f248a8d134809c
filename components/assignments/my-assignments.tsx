import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { AssignmentCard } from './assignment-card';
import { groupAssignments } from './group-assignments';
import type { AssignmentView } from './types';

/**
 * The caller's assignments: open work first (soonest due first), finished work folded away
 * below, a page at a time.
 */
export function MyAssignments({
  teamId,
  teamSlug,
  open: openRows,
  finished,
  olderHref,
  newestHref,
  today,
}: {
  teamId: string;
  teamSlug: string;
  open: AssignmentView[];
  /** A page of finished work, newest first. */
  finished: AssignmentView[];
  /** The next page of finished work, when there is one. */
  olderHref: string | null;
  /** Back to the newest finished work, when this is an older page. */
  newestHref: string | null;
  /** UTC "YYYY-MM-DD", computed on the server (see utcToday). */
  today: string;
}) {
  const { open } = groupAssignments(openRows);
  const card = (a: AssignmentView) => (
    <AssignmentCard
      key={`${a.id}:${a.status}`}
      teamId={teamId}
      teamSlug={teamSlug}
      assignment={a}
      today={today}
    />
  );
  return (
    <div className="space-y-6">
      <section aria-labelledby="open-heading" className="space-y-3">
        <h2 id="open-heading" className="text-base font-semibold">
          Open{open.length > 0 && ` (${open.length})`}
        </h2>
        {open.length === 0 ? (
          <EmptyState title="Nothing handed to you right now">
            Steps delegated to you, and automations to build, appear here.
          </EmptyState>
        ) : (
          open.map(card)
        )}
      </section>
      {finished.length > 0 && (
        // Open on an older page: that is what was asked for.
        <details open={newestHref !== null}>
          <summary className="cursor-pointer text-base font-semibold text-slate-700">
            Finished{newestHref ? ' (older)' : olderHref ? ' (latest)' : ` (${finished.length})`}
          </summary>
          <div className="mt-3 space-y-3">{finished.map(card)}</div>
          <div className="mt-3 flex gap-4 text-sm">
            {newestHref && (
              <Link href={newestHref} className="text-brand-700 hover:underline">
                ← Newest
              </Link>
            )}
            {olderHref && (
              <Link href={olderHref} className="text-brand-700 hover:underline">
                Older →
              </Link>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
