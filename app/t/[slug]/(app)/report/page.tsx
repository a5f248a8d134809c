import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReportView } from '@/components/report/report-view';
import { findingsInput, loadReportView, nextFindingsCursor } from '@/components/report/url-state';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getCurrentTeam } from '@/trpc/current-team';
import { getQueryClient, HydrateClient, serverTrpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Streamlining report' };

/**
 * The report: its summary and the first page of findings are read here (so the first paint
 * has them) and handed to the client through the query cache; later pages load as the user
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
  await Promise.all([
    queryClient
      .fetchQuery(serverTrpc.report.get.queryOptions({ teamId, systemId: view.system }))
      .catch((err: unknown) => {
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
    <HydrateClient>
      <ReportView teamId={teamId} teamSlug={team.slug} teamName={team.name} />
    </HydrateClient>
  );
}
