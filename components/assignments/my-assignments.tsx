import { AssignmentCard } from './assignment-card';
import { groupAssignments } from './group-assignments';
import type { AssignmentView } from './types';
import { EmptyState } from '@/components/ui/empty-state';

/** The caller's assignments: open work first, finished work folded away below. */
export function MyAssignments({
  teamId,
  teamSlug,
  assignments,
  today,
}: {
  teamId: string;
  teamSlug: string;
  assignments: AssignmentView[];
  /** UTC "YYYY-MM-DD", computed on the server (see utcToday). */
  today: string;
}) {
  const { open, finished } = groupAssignments(assignments);
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
          open.map((a) => (
            <AssignmentCard
              key={`${a.id}:${a.status}`}
              teamId={teamId}
              teamSlug={teamSlug}
              assignment={a}
              today={today}
            />
          ))
        )}
      </section>
      {finished.length > 0 && (
        <details>
          <summary className="cursor-pointer text-base font-semibold text-slate-700">
            Finished ({finished.length})
          </summary>
          <div className="mt-3 space-y-3">
            {finished.map((a) => (
              <AssignmentCard
                key={`${a.id}:${a.status}`}
                teamId={teamId}
                teamSlug={teamSlug}
                assignment={a}
                today={today}
              />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
