'use client';

import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useId, useState, useSyncExternalStore } from 'react';
import { toast } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import type { AppRouter } from '@/server/routers/_app';
import { useTRPC } from '@/trpc/client';
import { TemplatePicker } from './template-picker';

type Checklist = inferRouterOutputs<AppRouter>['onboarding']['checklist'];
type Item = Checklist['items'][number];

// Hiding is remembered per team in this browser; the event tells this tab, `storage` the others.
const CHANGED = 'opslens:first-run-checklist';
const storageKey = (teamId: string) => `opslens.firstRunChecklist.hidden.${teamId}`;

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function isHidden(teamId: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(teamId)) === '1';
  } catch {
    return false; // Storage refused (private mode): show it.
  }
}

function setHidden(teamId: string, hidden: boolean) {
  try {
    if (hidden) window.localStorage.setItem(storageKey(teamId), '1');
    else window.localStorage.removeItem(storageKey(teamId));
  } catch {
    // Not remembered; it still hides for this page view through the event below.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * 'unknown' on the server and while hydrating (localStorage is the browser's), so the first
 * client render matches the server's: nothing. The stored choice applies right after.
 */
function useVisibility(teamId: string): 'unknown' | 'shown' | 'hidden' {
  return useSyncExternalStore(
    subscribe,
    () => (isHidden(teamId) ? 'hidden' : 'shown'),
    () => 'unknown',
  );
}

const linkClass = 'font-medium text-brand-700 underline-offset-2 hover:underline';

/** Where each item is done, in a sentence with its link. */
function ItemAction({
  item,
  teamSlug,
  canManage,
  firstSystemId,
}: {
  item: Item;
  teamSlug: string;
  canManage: boolean;
  firstSystemId: string | null;
}) {
  // Not named after the system: its card below is the link with that name.
  const systemLink = firstSystemId ? (
    <Link href={`/t/${teamSlug}/systems/${firstSystemId}`} className={linkClass}>
      Open your first system
    </Link>
  ) : (
    <a href="#systems-heading" className={linkClass}>
      Add a system first
    </a>
  );
  switch (item.id) {
    case 'name-business':
      return null;
    case 'add-system':
      return (
        <>
          Use{' '}
          <a href="#systems-heading" className={linkClass}>
            + New system under Systems
          </a>
          , or start from a template below.
        </>
      );
    case 'document-process':
      return <>{systemLink}, add a process and write its steps in the order they happen.</>;
    case 'estimate':
      return (
        <>{systemLink}: on a process, set how often it runs and how many minutes each step takes.</>
      );
    case 'invite':
      return canManage ? (
        <>
          <Link href={`/t/${teamSlug}/members#invite-heading`} className={linkClass}>
            Invite them from Members
          </Link>
          : the people who do the work know the real steps.
        </>
      ) : (
        <>
          Ask an owner or admin to invite them from{' '}
          <Link href={`/t/${teamSlug}/members`} className={linkClass}>
            Members
          </Link>
          .
        </>
      );
    case 'read-report':
      return (
        <>
          <Link href={`/t/${teamSlug}/report`} className={linkClass}>
            Open the report
          </Link>{' '}
          {canManage
            ? 'and accept or dismiss a finding.'
            : 'and see what to remove, automate or delegate.'}
        </>
      );
  }
}

/**
 * The first-run checklist at the top of the business: what to do first, each item ticked from
 * the team's own data. Shown until everything is done or someone hides it in this browser.
 */
export function FirstRunChecklist({
  teamId,
  teamSlug,
  canManage,
}: {
  teamId: string;
  teamSlug: string;
  /** Owners and admins: they add templates, invite and review the report. */
  canManage: boolean;
}) {
  const trpc = useTRPC();
  const headingId = useId();
  const pickerId = useId();
  const visibility = useVisibility(teamId);
  const { data } = useQuery(trpc.onboarding.checklist.queryOptions({ teamId }));
  // Open at first on an empty business, where a template is the quickest start; then it stays
  // as the user leaves it (adding templates does not fold it away under their focus).
  const [pickerOpen, setPickerOpen] = useState<boolean | null>(null);
  const hasSystem = data?.items.some((i) => i.id === 'add-system' && i.done) ?? false;
  if (pickerOpen === null && data) setPickerOpen(!hasSystem);

  if (visibility !== 'shown' || !data || data.allDone) return null;
  const showPicker = pickerOpen ?? !hasSystem;

  function hide() {
    setHidden(teamId, true);
    document.getElementById('main')?.focus();
    toast('Checklist hidden in this browser.', {
      action: { label: 'Undo', onClick: () => setHidden(teamId, false) },
    });
  }

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-xl border border-brand-100 bg-brand-50/60 p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold">
            Get started
          </h2>
          <p className="text-sm text-slate-600">
            {data.doneCount} of {data.items.length} done. From an empty business to your first
            streamlining report.
          </p>
        </div>
        <Button variant="ghost" onClick={hide} className="-mx-2 px-2 py-1">
          Hide this checklist
        </Button>
      </div>

      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {data.items.map((item) => (
          <li key={item.id} className="flex items-start gap-3 p-3">
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full border text-xs font-bold ${
                item.done
                  ? 'border-emerald-600 bg-emerald-600 text-white'
                  : 'border-slate-300 bg-white text-transparent'
              }`}
            >
              ✓
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className={item.done ? 'text-slate-500' : 'font-medium text-slate-900'}>
                  {item.title}
                </span>
                <span
                  className={`rounded px-1.5 py-0.5 text-xs ${
                    item.done ? 'bg-emerald-50 text-emerald-800' : 'bg-amber-50 text-amber-800'
                  }`}
                >
                  {item.done ? 'Done' : 'To do'}
                </span>
              </p>
              {!item.done && (
                <p className="mt-0.5 text-sm text-slate-600">
                  <ItemAction
                    item={item}
                    teamSlug={teamSlug}
                    canManage={canManage}
                    firstSystemId={data.firstSystemId}
                  />
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>

      <div className="space-y-3">
        <Button
          variant="secondary"
          aria-expanded={showPicker}
          aria-controls={pickerId}
          onClick={() => setPickerOpen(!showPicker)}
          className="w-full sm:w-auto"
        >
          {showPicker ? 'Hide starter templates' : 'Show starter templates'}
        </Button>
        <div id={pickerId} hidden={!showPicker}>
          {showPicker && <TemplatePicker teamId={teamId} canApply={canManage} />}
        </div>
      </div>
    </section>
  );
}
