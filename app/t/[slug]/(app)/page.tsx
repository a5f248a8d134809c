import type { Metadata } from 'next';
import { FirstRunChecklist } from '@/components/onboarding/first-run-checklist';
import { SystemLevel } from '@/components/systems/system-level';
import { getCurrentTeam } from '@/trpc/current-team';
import { getQueryClient, HydrateClient, serverTrpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Business' };

export default async function TeamHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  const canManage = role !== 'member';
  // The first-run checklist reads the cache, so it paints with the page (once mounted).
  const queryClient = getQueryClient();
  const checklist = serverTrpc.onboarding.checklist.queryOptions({ teamId: team.id });
  await queryClient.prefetchQuery(checklist);
  if (queryClient.getQueryData(checklist.queryKey)?.allDone === false)
    await queryClient.prefetchQuery(
      serverTrpc.onboarding.templates.queryOptions({ teamId: team.id }),
    );
  return (
    <div className="space-y-8">
      <HydrateClient>
        <FirstRunChecklist teamId={team.id} teamSlug={team.slug} canManage={canManage} />
      </HydrateClient>
      <SystemLevel team={team} systemId={null} canImport={canManage} />
    </div>
  );
}
