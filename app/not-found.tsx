import Link from 'next/link';
import { connection } from 'next/server';

// Rendered per request, not prerendered: its scripts need the request's CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-medium text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">
        This page does not exist, or it belongs to a team you are not a member of.
      </p>
      <Link href="/" className="mt-6 text-sm font-medium text-brand-600 hover:underline">
        Go to your teams
      </Link>
    </main>
  );
}
