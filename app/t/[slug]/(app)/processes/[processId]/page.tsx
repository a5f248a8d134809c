import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProcessDetails } from '@/components/process/process-details';
import { ProcessEditor } from '@/components/process/process-editor';
import { ProcessHistory } from '@/components/process/process-history';
import { SystemBreadcrumb } from '@/components/systems/breadcrumb';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getCurrentTeam } from '@/trpc/current-team';
import { getQueryClient, HydrateClient, serverTrpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Process' };

export default async function ProcessPage({
  params,
}: {
  params: Promise<{ slug: string; processId: string }>;
}) {
  const { slug, processId } = await params;
  const { team } = await getCurrentTeam(slug);
  // Fetched into the request's query cache: the client components below read it from there.
  const data = await getQueryClient()
    .fetchQuery(serverTrpc.process.get.queryOptions({ teamId: team.id, processId }))
    .catch((err: unknown) => {
      if (isNotFound(err)) notFound();
      throw err;
    });
  const base = `/t/${team.slug}/processes/${processId}`;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <SystemBreadcrumb
            teamSlug={team.slug}
            teamName={team.name}
            trail={data.breadcrumb}
            current={data.process.name}
          />
          <div className="flex gap-3 text-sm">
            <a href={`${base}/sop`} className="text-brand-700 hover:underline">
              Export as Markdown SOP
            </a>
            <Link href={`${base}/print`} className="text-brand-700 hover:underline">
              Print view
            </Link>
          </div>
        </div>
        <HydrateClient>
          <ProcessDetails teamId={team.id} processId={processId} />
        </HydrateClient>
      </div>
      <HydrateClient>
        <ProcessEditor teamId={team.id} teamSlug={team.slug} processId={processId} />
      </HydrateClient>
      <ProcessHistory teamId={team.id} processId={processId} />
    </div>
  );
}
