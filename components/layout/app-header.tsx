import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';

type Props = {
  team: { name: string; slug: string };
  user: { name: string; email: string };
};

export function AppHeader({ team, user }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Ops<span className="text-brand-600">lens</span>
        </Link>
        <span aria-hidden className="text-slate-300">
          /
        </span>
        <Link
          href={`/t/${team.slug}`}
          className="truncate font-medium text-slate-800 hover:text-brand-700"
          data-testid="current-team"
        >
          {team.name}
        </Link>
        <nav aria-label="Team" className="ml-4 flex items-center gap-1 text-sm">
          <Link
            href={`/t/${team.slug}`}
            className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100"
          >
            Business
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <div className="hidden text-right leading-tight sm:block" data-testid="current-user">
            <div className="text-sm font-medium text-slate-800">{user.name}</div>
            <div className="text-xs text-slate-500">{user.email}</div>
          </div>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
