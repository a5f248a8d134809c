import type { Metadata } from 'next';
import { SystemLevel } from '@/components/systems/system-level';
import { getCurrentTeam } from '@/trpc/current-team';

export const metadata: Metadata = { title: 'Business' };

export default async function TeamHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  return <SystemLevel team={team} systemId={null} canImport={role !== 'member'} />;
}
