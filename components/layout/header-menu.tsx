'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { SearchBox } from '@/components/search/search-box';
import { Dialog } from '@/components/ui/dialog';
import { TeamNav, type NavItem } from './team-nav';

/**
 * The header on a phone: search, the team's sections and the account collapse into one menu
 * (a sheet across the top) so nothing is clipped and the page never scrolls sideways. Hidden
 * from md up, where the header shows them in place.
 */
export function HeaderMenu({
  items,
  team,
  user,
}: {
  items: NavItem[];
  team: { id: string; slug: string };
  user: { name: string; email: string };
}) {
  const [open, setOpen] = useState(false);
  // Following a link from the menu closes it.
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  return (
    <div className="md:hidden">
      <button
        type="button"
        data-needs-js=""
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        <MenuIcon path="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
        Menu
      </button>
      <Dialog open={open} onOpenChange={setOpen} title="Menu" hideTitle placement="top">
        <div className="flex justify-end">
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            <MenuIcon path="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
            Close
          </button>
        </div>
        <SearchBox teamId={team.id} teamSlug={team.slug} />
        <TeamNav items={items} vertical label="Team (menu)" />
        <div className="flex items-center justify-between gap-3 border-t border-slate-100 pt-3">
          <Link href={`/t/${team.slug}/profile`} className="min-w-0 leading-tight">
            <span className="block truncate text-sm font-medium text-slate-800">{user.name}</span>
            <span className="block truncate text-xs text-slate-500">{user.email}</span>
          </Link>
          <SignOutButton />
        </div>
      </Dialog>
    </div>
  );
}

function MenuIcon({ path }: { path: string }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
      <path d={path} />
    </svg>
  );
}
