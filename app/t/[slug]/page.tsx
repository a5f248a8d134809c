import type { Metadata } from 'next';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

export const metadata: Metadata = { title: 'Business' };

const ROLE_PHRASE = { owner: 'an owner', admin: 'an admin', member: 'a member' } as const;

export default async function TeamHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team } = await getCurrentTeam(slug);
  const api = await getServerApi();
  const home = await api.team.home({ teamId: team.id });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">The business, zoomed out</p>
        <h1 className="text-2xl font-semibold tracking-tight">{home.team.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          You are {ROLE_PHRASE[home.role]} of this team.
        </p>
      </div>
      <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
        <h2 className="text-lg font-medium">No systems written down yet</h2>
        <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600">
          A business is one big system made of smaller ones — marketing, client intake, accounts
          receivable — each running on processes. Documenting them is what Opslens turns into a
          streamlining plan.
        </p>
      </section>
    </div>
  );
}
