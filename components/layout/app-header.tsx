import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { SearchBox } from '@/components/search/search-box';
import type { Role } from '@/db/roles';
import { TeamNav, type NavItem } from './team-nav';
import { TeamSwitcher } from './team-switcher';

type Props = {
  team: { id: string; name: string; slug: string };
  role: Role;
  teams: { id: string; name: string; slug: string; role: string }[];
  user: { name: string; email: string };
  openAssignments: number;
  unreadNotifications: number;
};

export function AppHeader({
  team,
  role,
  teams,
  user,
  openAssignments,
  unreadNotifications,
}: Props) {
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
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Ops<span className="text-brand-600">lens</span>
        </Link>
        <span aria-hidden className="text-slate-300">
          /
        </span>
        <TeamSwitcher current={team} teams={teams} />
        <div className="ml-auto flex items-center gap-3">
          <div className="hidden sm:block">
            <SearchBox teamId={team.id} teamSlug={team.slug} />
          </div>
          <NotificationBell
            teamId={team.id}
            teamSlug={team.slug}
            initialUnread={unreadNotifications}
          />
          <div className="hidden text-right leading-tight sm:block" data-testid="current-user">
            <div className="text-sm font-medium text-slate-800">{user.name}</div>
            <div className="text-xs text-slate-500">{user.email}</div>
          </div>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-2">
        <TeamNav items={nav} />
      </div>
    </header>
  );
}
