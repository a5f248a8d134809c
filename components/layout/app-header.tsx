import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { SearchBox } from '@/components/search/search-box';
import type { Role } from '@/db/roles';
import { HeaderMenu } from './header-menu';
import { TeamNav, type NavItem } from './team-nav';
import { TeamSwitcher } from './team-switcher';

type Props = {
  team: { id: string; name: string; slug: string };
  role: Role;
  teams: { id: string; name: string; slug: string; role: string }[];
  user: { name: string; email: string };
  openAssignments: number;
};

export function AppHeader({ team, role, teams, user, openAssignments }: Props) {
  const base = `/t/${team.slug}`;
  const nav: NavItem[] = [
    {
      href: base,
      label: 'Business',
      exact: true,
      also: [`${base}/systems/`, `${base}/processes/`],
    },
    { href: `${base}/report`, label: 'Report' },
    { href: `${base}/assignments`, label: 'My assignments', exact: true, count: openAssignments },
    ...(role === 'member' ? [] : [{ href: `${base}/assignments/team`, label: 'Team assignments' }]),
    { href: `${base}/capacity`, label: 'Capacity' },
    { href: `${base}/members`, label: 'Members' },
    { href: `${base}/settings`, label: 'Settings' },
    ...(role === 'member' ? [] : [{ href: `${base}/activity`, label: 'Activity' }]),
  ];
  return (
    <header className="relative border-b border-slate-200 bg-white print:hidden">
      <a
        href="#main"
        className="sr-only left-2 top-2 z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:absolute"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-3">
        <Link href="/" className="flex-none text-lg font-semibold tracking-tight">
          Ops<span className="text-brand-600">lens</span>
        </Link>
        <span aria-hidden className="text-slate-300">
          /
        </span>
        <TeamSwitcher current={team} teams={teams} />
        <div className="ml-auto flex flex-none items-center gap-2 sm:gap-3">
          <div className="hidden md:block">
            <SearchBox teamId={team.id} teamSlug={team.slug} />
          </div>
          <NotificationBell teamId={team.id} teamSlug={team.slug} />
          <div className="hidden text-right leading-tight md:block" data-testid="current-user">
            <Link
              href={`/t/${team.slug}/profile`}
              aria-label={`${user.name}, your profile`}
              title="Your profile"
              className="block text-sm font-medium text-slate-800 hover:text-brand-600 hover:underline"
            >
              {user.name}
            </Link>
            <div className="text-xs text-slate-500">{user.email}</div>
          </div>
          <div className="hidden md:block">
            <SignOutButton />
          </div>
          <HeaderMenu items={nav} team={team} user={user} />
        </div>
      </div>
      <div className="mx-auto hidden max-w-6xl px-4 pb-2 md:block">
        <TeamNav items={nav} />
      </div>
    </header>
  );
}
