'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Popover } from '@/components/ui/popover';

type TeamLink = { id: string; name: string; slug: string; role: string };

/** The current team's name, opening a menu of the user's other teams and "Create a team". */
export function TeamSwitcher({
  current,
  teams,
}: {
  current: { name: string; slug: string };
  teams: TeamLink[];
}) {
  const [open, setOpen] = useState(false);

  return (
    <div className="min-w-0">
      <Popover
        label="Switch team"
        open={open}
        onOpenChange={setOpen}
        className="w-64 py-1"
        trigger={
          <button
            data-needs-js=""
            type="button"
            aria-label={`Team: ${current.name}. Switch team`}
            className="flex max-w-full items-center sm:max-w-56 gap-1 rounded-md px-2 py-1 font-medium text-slate-800 hover:bg-slate-100"
          >
            <span className="truncate" data-testid="current-team">
              {current.name}
            </span>
            <svg
              aria-hidden
              viewBox="0 0 20 20"
              className="h-4 w-4 flex-none text-slate-400"
              fill="currentColor"
            >
              <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
            </svg>
          </button>
        }
      >
        <p className="px-3 py-1 text-xs uppercase tracking-wide text-slate-400">Your teams</p>
        <ul>
          {teams.map((t) => (
            <li key={t.id}>
              <Link
                href={`/t/${t.slug}`}
                onClick={() => setOpen(false)}
                aria-current={t.slug === current.slug ? 'true' : undefined}
                className="flex items-center justify-between px-3 py-2 text-sm hover:bg-slate-50"
              >
                <span className="truncate">{t.name}</span>
                <span className="text-xs capitalize text-slate-400">
                  {t.slug === current.slug ? '✓ ' : ''}
                  {t.role}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="border-t border-slate-100 pt-1">
          <Link
            href="/teams/new"
            onClick={() => setOpen(false)}
            className="block px-3 py-2 text-sm text-brand-700 hover:bg-slate-50"
          >
            + Create a team
          </Link>
        </div>
      </Popover>
    </div>
  );
}
