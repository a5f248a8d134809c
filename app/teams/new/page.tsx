import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CreateTeamForm } from '@/components/team/create-team-form';
import { getSessionUserId } from '@/server/auth/session';

export const metadata: Metadata = { title: 'New team' };

export default async function NewTeamPage() {
  if (!(await getSessionUserId())) redirect('/sign-in?callbackUrl=/teams/new');
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold">Create another team</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Each team is its own business, with its own systems, members and settings. You will be its
          owner.
        </p>
        <CreateTeamForm />
        <Link href="/" className="mt-4 inline-block text-sm text-slate-600 hover:underline">
          Cancel
        </Link>
      </div>
    </main>
  );
}
