'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { SearchBox } from '@/components/search/search-box';
import { useDismiss } from '@/components/ui/use-dismiss';
import { TeamNav, type NavItem } from './team-nav';

/**
 * The header on a phone: search, the team's sections and the account collapse into one menu
 * so nothing is clipped and the page never scrolls sideways. Hidden from md up, where the
 * header shows them in place.
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
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close, button);
  // Following a link from the menu closes it.
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('input, a')?.focus();
  }, [open]);

  return (
    <div ref={ref} className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          {open ? (
            <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
          ) : (
            <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
          )}
        </svg>
        Menu
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute inset-x-0 top-14 z-40 max-h-[calc(100dvh-3.5rem)] space-y-4 overflow-y-auto border-b border-slate-200 bg-white p-4 shadow-lg"
        >
          <SearchBox teamId={team.id} teamSlug={team.slug} />
          <TeamNav items={items} vertical label="Team (menu)" />
          <div className="flex items-center justify-between gap-3 border-t border-slate-100 pt-3">
            <Link href={`/t/${team.slug}/profile`} className="min-w-0 leading-tight">
              <span className="block truncate text-sm font-medium text-slate-800">{user.name}</span>
              <span className="block truncate text-xs text-slate-500">{user.email}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      )}
    </div>
  );
}
