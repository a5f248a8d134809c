import Link from 'next/link';
import type { Metadata } from 'next';
import { ImportForm } from '@/components/transfer/import-form';
import { getCurrentTeam } from '@/trpc/current-team';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { team, role } = await getCurrentTeam(slug);
  if (role === 'member') {
    return (
      <p className="text-sm text-slate-600">Only owners and admins can import into this team.</p>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import systems and processes</h1>
        <p className="mt-1 text-sm text-slate-600">
          Import a file in the Opslens JSON format — an export of another team, or one you wrote
          (see{' '}
          <Link href="/docs/import-format" className="text-brand-700 underline">
            the import format
          </Link>
          ). The whole file is checked first; if anything is wrong, nothing is imported and every
          problem is listed with where it is. People are matched to members by email.
        </p>
      </div>
      <ImportForm teamId={team.id} teamSlug={team.slug} />
    </div>
  );
}
