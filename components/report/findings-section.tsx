'use client';

import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useQueryStates } from 'nuqs';
import { useState } from 'react';
import { toast, toastWithUndo } from '@/components/ui/toast';
import { AssignDialog } from '@/components/delegation/assign-dialog';
import { firstServerMessage } from '@/components/ui/form';
import { Alert } from '@/components/ui/alert';
import { useTRPC } from '@/trpc/client';
import { DismissDialog } from './dismiss-dialog';
import { FindingsFilters } from './findings-filters';
import { FindingsList } from './findings-list';
import type { ReportData, ReportFindingData } from './types';
import { findingsInput, nextFindingsCursor, reportParsers } from './url-state';

/** What the findings need to know of the zoom level's summary (rendered on the server). */
export type FindingsFacts = Pick<
  ReportData,
  'currency' | 'canReview' | 'keepReasons' | 'dismissedCount'
> & { stepCount: number };

/**
 * The findings of one zoom level, a page at a time, filtered and sorted on the server, with the
 * review controls. The view lives in the URL: filters push history entries, so the back button
 * walks back through them. A verdict refreshes the server-rendered summary above.
 */
export function FindingsSection({
  teamId,
  teamSlug,
  facts,
}: {
  teamId: string;
  teamSlug: string;
  facts: FindingsFacts;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [view, setView] = useQueryStates(reportParsers, { history: 'push' });
  const findings = useInfiniteQuery({
    ...trpc.report.findings.infiniteQueryOptions(findingsInput(teamId, view), {
      getNextPageParam: nextFindingsCursor,
    }),
    placeholderData: keepPreviousData,
  });
  const [dismissing, setDismissing] = useState<ReportFindingData | null>(null);
  const [dismissError, setDismissError] = useState<string>();
  const [assigning, setAssigning] = useState<ReportFindingData | null>(null);
  const decide = useMutation(trpc.review.decide.mutationOptions());
  const reopen = useMutation(trpc.review.reopen.mutationOptions());
  const restore = useMutation(trpc.review.restoreStep.mutationOptions());

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
    router.refresh();
  };

  async function accept(f: ReportFindingData) {
    // Automating and delegating need someone to do it: ask who, then record the decision.
    if (f.action !== 'remove') return setAssigning(f);
    try {
      await decide.mutateAsync({ teamId, stepId: f.stepId, action: 'remove', status: 'accepted' });
      toastWithUndo(`Removed “${f.stepTitle}”: archived, and restorable from its process.`, () =>
        restore.mutate(
          { teamId, stepId: f.stepId },
          {
            onSuccess: () => toast.success(`Restored “${f.stepTitle}”.`),
            onError: (err) => toast.error(err.message),
            onSettled: () => void refresh(),
          },
        ),
      );
      await refresh();
    } catch (err) {
      toast.error((err as Error).message);
    }
  }
  async function dismiss(reason: string) {
    const f = dismissing;
    if (!f || f.action === 'keep') return;
    try {
      await decide.mutateAsync({
        teamId,
        stepId: f.stepId,
        action: f.action,
        status: 'dismissed',
        reason,
      });
      setDismissing(null);
      setDismissError(undefined);
      toastWithUndo(
        `Dismissed “${f.stepTitle}”. It stays hidden unless the step changes.`,
        () => void undo(f),
      );
      await refresh();
    } catch (err) {
      setDismissError(firstServerMessage(err, 'reason') ?? (err as Error).message);
    }
  }
  async function undo(f: ReportFindingData) {
    try {
      await reopen.mutateAsync({ teamId, stepId: f.stepId });
      toast.success(`Reopened “${f.stepTitle}”.`);
      await refresh();
    } catch (err) {
      toast.error((err as Error).message);
    }
  }

  const pages = findings.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const total = pages[0]?.total ?? 0;
  return (
    <>
      <section aria-labelledby="findings-heading" className="space-y-4">
        <FindingsFilters
          teamId={teamId}
          view={view}
          setView={(patch, options) => void setView(patch, options)}
          total={total}
          facts={facts}
          loading={findings.isPlaceholderData}
        />
        {findings.error && <Alert>{findings.error.message}</Alert>}
        <FindingsList
          items={items}
          total={total}
          teamSlug={teamSlug}
          currency={facts.currency}
          canReview={facts.canReview}
          emptyText={
            facts.stepCount === 0
              ? 'Nothing documented here yet: add processes and steps, and the report fills in.'
              : 'No findings match these filters.'
          }
          hasMore={findings.hasNextPage}
          loadingMore={findings.isFetchingNextPage}
          loadMore={() => void findings.fetchNextPage()}
          busy={decide.isPending || reopen.isPending}
          onAccept={(f) => void accept(f)}
          onDismiss={(f) => {
            setDismissError(undefined);
            setDismissing(f);
          }}
          onReopen={(f) => void undo(f)}
        />
      </section>
      <AssignDialog
        teamId={teamId}
        step={assigning ? { id: assigning.stepId, title: assigning.stepTitle } : null}
        kind={assigning?.action === 'automate' ? 'automate' : 'delegate'}
        fromFinding
        onClose={() => setAssigning(null)}
        onAssigned={() => {
          setAssigning(null);
          void refresh();
        }}
      />
      <DismissDialog
        stepTitle={dismissing?.stepTitle ?? ''}
        open={dismissing !== null}
        pending={decide.isPending}
        error={dismissError}
        onSubmit={(reason) => void dismiss(reason)}
        onCancel={() => setDismissing(null)}
      />
    </>
  );
}
