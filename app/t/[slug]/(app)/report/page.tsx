import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FindingsSection } from '@/components/report/findings-section';
import { ReportSummary } from '@/components/report/report-summary';
import { findingsInput, loadReportView, nextFindingsCursor } from '@/components/report/url-state';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getCurrentTeam } from '@/trpc/current-team';
import { getQueryClient, getServerApi, HydrateClient, serverTrpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Streamlining report' };

/**
 * The report: its summary is rendered here, on the server; the first page of findings is read
 * here too and handed to the client through the query cache, and later pages load as the user
 * scrolls. The view (zoom, filters, sort) is read from the URL.
 */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const view = loadReportView(query);
  const { team } = await getCurrentTeam(slug);
  const queryClient = getQueryClient();
  const teamId = team.id;
  const api = await getServerApi();
  const [report] = await Promise.all([
    api.report.get({ teamId, systemId: view.system }).catch((err: unknown) => {
      if (isNotFound(err)) notFound();
      throw err;
    }),
    queryClient.prefetchInfiniteQuery(
      serverTrpc.report.findings.infiniteQueryOptions(findingsInput(teamId, view), {
        getNextPageParam: nextFindingsCursor,
      }),
    ),
    // Labels for the filters the URL names (the pickers search the rest as the user types).
    view.within
      ? queryClient.prefetchQuery(
          serverTrpc.system.search.queryOptions({ teamId, ids: [view.within] }),
        )
      : null,
    view.performer && view.performer !== 'unassigned'
      ? queryClient.prefetchQuery(
          serverTrpc.member.search.queryOptions({ teamId, ids: [view.performer] }),
        )
      : null,
  ]);
  return (
    <div className="space-y-8">
      <ReportSummary report={report} teamSlug={team.slug} teamName={team.name} />
      <HydrateClient>
        <FindingsSection
          teamId={teamId}
          teamSlug={team.slug}
          facts={{
            currency: report.currency,
            canReview: report.canReview,
            keepReasons: report.keepReasons,
            dismissedCount: report.dismissedCount,
            stepCount: report.totals.stepCount,
          }}
        />
      </HydrateClient>
    </div>
  );
}
