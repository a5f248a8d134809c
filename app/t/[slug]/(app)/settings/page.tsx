import type { Metadata } from 'next';
import { DeleteTeam } from '@/components/settings/delete-team';
import { ResetDemo } from '@/components/settings/reset-demo';
import { SettingsForm } from '@/components/settings/settings-form';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const { settings, canEdit, isOwner, isDemo } = await api.team.settings({ teamId: team.id });
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
      {/* Owners may delete the team; on the shared demo, anyone may reset it (never delete it). */}
      {(isOwner || isDemo) && (
        <section
          aria-labelledby="danger-zone-heading"
          className="space-y-4 rounded-xl border border-red-200 bg-white p-5"
        >
          <h2 id="danger-zone-heading" className="text-base font-semibold text-red-700">
            Danger zone
          </h2>
          {isDemo ? (
            <ResetDemo teamId={team.id} teamSlug={settings.slug} />
          ) : (
            <DeleteTeam teamId={team.id} teamName={settings.name} teamSlug={settings.slug} />
          )}
        </section>
      )}
    </div>
  );
}
