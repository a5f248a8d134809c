import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReportView } from '@/components/report/report-view';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Streamlining report' };

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const systemId = typeof query.system === 'string' && query.system ? query.system : null;
  const { team } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const report = await api.report.get({ teamId: team.id, systemId }).catch((err: unknown) => {
    if (isNotFound(err)) notFound();
    throw err;
  });
  // Keyed by scope so zooming starts from that level's data and filters.
  return (
    <ReportView
      key={systemId ?? 'team'}
      teamId={team.id}
      teamSlug={team.slug}
      teamName={team.name}
      initial={report}
    />
  );
}
