import Link from 'next/link';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-2xl font-semibold tracking-tight text-slate-900">
        Ops<span className="text-brand-600">lens</span>
      </Link>
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {children}
      </div>
      <p className="mt-6 max-w-sm text-center text-xs text-slate-500">
        Write down how your business runs, then find what to remove, automate or delegate.
      </p>
    </main>
  );
}
