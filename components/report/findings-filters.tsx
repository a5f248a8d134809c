'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Combobox, type ComboOption } from '@/components/ui/combobox';
import { useTRPC } from '@/trpc/client';
import { KEEP_REASON_LABELS } from '@/lib/labels';
import type { ReportData } from './types';
import type { ReportView } from './url-state';
import { FilterSelect } from '@/components/ui/filter-select';

const ACTIONS = {
  candidates: 'Remove, automate, delegate',
  remove: 'Remove',
  automate: 'Automate',
  delegate: 'Delegate',
  keep: 'Keep',
  all: 'All steps',
} as const;

const REVIEWS = {
  active: 'Not dismissed',
  open: 'Open',
  accepted: 'Accepted',
  done: 'Done',
  dismissed: 'Dismissed',
  all: 'Any',
} as const;

const SORTS = {
  costSaved: 'Cost saved per year',
  hoursSaved: 'Hours saved or freed per year',
  hours: 'Hours per year',
  cost: 'Cost per year',
} as const;

const UNASSIGNED: ComboOption = { id: 'unassigned', label: 'Unassigned' };

/** The findings' filters: each change is a new URL, read by the server for the next page. */
export function FindingsFilters({
  teamId,
  view,
  setView,
  total,
  facts,
  loading,
}: {
  teamId: string;
  view: ReportView;
  setView: (patch: Partial<ReportView>, options?: { history: 'replace' | 'push' }) => void;
  total: number;
  facts: Pick<ReportData, 'keepReasons' | 'dismissedCount'>;
  loading: boolean;
}) {
  const trpc = useTRPC();
  // Labels of the current choices (the server prefetches them for a URL that names them).
  const within = useQuery({
    ...trpc.system.search.queryOptions({ teamId, ids: view.within ? [view.within] : [] }),
    enabled: view.within !== null,
  });
  const performer = useQuery({
    ...trpc.member.search.queryOptions({ teamId, ids: view.performer ? [view.performer] : [] }),
    enabled: view.performer !== null && view.performer !== 'unassigned',
  });
  const withinLabel = within.data?.[0]?.path.join(' › ') ?? (view.within ? '…' : null);
  const performerLabel =
    view.performer === 'unassigned' ? 'Unassigned' : (performer.data?.[0]?.name ?? '…');

  // Words in the title: typed freely, sent when the typing pauses, without a history entry each.
  const [text, setText] = useState(view.q);
  const [sentQ, setSentQ] = useState(view.q);
  if (view.q !== sentQ) {
    setSentQ(view.q);
    setText(view.q);
  }
  useEffect(() => {
    if (text.trim() === view.q) return;
    const t = setTimeout(() => setView({ q: text.trim() }, { history: 'replace' }), 300);
    return () => clearTimeout(t);
  }, [text, view.q, setView]);

  const keepSummary = Object.entries(facts.keepReasons)
    .map(([k, n]) => `${KEEP_REASON_LABELS[k as keyof typeof KEEP_REASON_LABELS]} ${n}`)
    .join(' · ');
  return (
    <>
      <div className="flex flex-wrap items-end gap-3 print:hidden">
        <h2 id="findings-heading" className="mr-auto text-lg font-semibold">
          Findings{' '}
          <span className="text-sm font-normal text-slate-600" aria-live="polite">
            ({total.toLocaleString('en-US')}
            {loading ? ', updating…' : ''})
          </span>
        </h2>
        <label className="text-xs font-medium text-slate-600">
          Title
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Words in the title"
            className="mt-1 block w-44 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal text-slate-800 placeholder:text-slate-500"
          />
        </label>
        <FilterSelect
          label="Action"
          value={view.action}
          options={ACTIONS}
          onChange={(action) => setView({ action })}
        />
        <FilterSelect
          label="Review"
          value={view.review}
          options={REVIEWS}
          onChange={(review) => setView({ review })}
        />
        <Combobox
          label="Subsystem"
          className="w-48"
          selected={view.within ? { id: view.within, label: withinLabel ?? '' } : null}
          onSelect={(o) => setView({ within: o?.id ?? null })}
          clearLabel="All systems"
          queryFor={(q) =>
            trpc.system.search.queryOptions(
              { teamId, q, within: view.system },
              {
                select: (rows) =>
                  rows.map((s) => ({
                    id: s.id,
                    label: s.name,
                    detail: s.path.slice(0, -1).join(' › ') || undefined,
                  })),
              },
            )
          }
        />
        <Combobox
          label="Performer"
          className="w-44"
          selected={view.performer ? { id: view.performer, label: performerLabel } : null}
          onSelect={(o) => setView({ performer: o?.id ?? null })}
          clearLabel="Everyone"
          fixedOptions={[UNASSIGNED]}
          queryFor={(q) =>
            trpc.member.search.queryOptions(
              { teamId, q },
              { select: (rows) => rows.map((m) => ({ id: m.membershipId, label: m.name })) },
            )
          }
        />
        <FilterSelect
          label="Sort by"
          value={view.sort}
          options={SORTS}
          onChange={(sort) => setView({ sort })}
        />
      </div>
      {keepSummary && view.action === 'candidates' && (
        <p className="text-xs text-slate-600">
          Kept: {keepSummary}. Choose “Keep” to see them.
          {facts.dismissedCount > 0 && view.review === 'active' && (
            <> {facts.dismissedCount} dismissed: choose Review “Dismissed” to see them.</>
          )}
        </p>
      )}
    </>
  );
}
