import type { Metadata } from 'next';
import { SettingsForm } from '@/components/settings/settings-form';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const { settings, canEdit } = await api.team.settings({ teamId: team.id });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      {/* Keyed so a saved change (or a slug change) resets the form to the stored values. */}
      <SettingsForm
        key={JSON.stringify(settings)}
        teamId={team.id}
        settings={settings}
        canEdit={canEdit}
      />
    </div>
  );
}
