import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SystemLevel } from '@/components/systems/system-level';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getCurrentTeam } from '@/trpc/current-team';

export const metadata: Metadata = { title: 'System' };

export default async function SystemPage({
  params,
}: {
  params: Promise<{ slug: string; systemId: string }>;
}) {
  const { slug, systemId } = await params;
  const { team, role } = await getCurrentTeam(slug);
  try {
    return await SystemLevel({ team, systemId, canImport: role !== 'member' });
  } catch (err) {
    if (isNotFound(err)) notFound();
    throw err;
  }
}
