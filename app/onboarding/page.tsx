import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CreateTeamForm } from '@/components/team/create-team-form';
import { getSessionUserId } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Name your business' };

export default async function OnboardingPage() {
  if (!(await getSessionUserId())) redirect('/sign-in?callbackUrl=/onboarding');
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold">Name your business</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Opslens sees your business as one big system. Give it a name; you will document its
          systems and processes inside it, with your teammates.
        </p>
        <CreateTeamForm submitLabel="Create my team" />
      </div>
    </main>
  );
}
