'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { fieldMessagesFromServer } from '@/components/forms/field-errors';
import { useHydrated } from '@/components/forms/use-hydrated';
import { PrintButton } from '@/components/process/print-button';
import { Button, buttonClass } from '@/components/ui/button';
import { formatHours, formatMoney, formatNumber } from '@/server/analysis/format';
import { useTRPC } from '@/trpc/client';
import { AssignDialog } from '@/components/delegation/assign-dialog';
import { DismissDialog } from './dismiss-dialog';
import { ACTION_LABEL, ACTION_STYLE, KEEP_LABEL } from './labels';
import { ReportCharts } from './report-charts';
import type { ReportData, ReportFindingData } from './types';

type ActionFilter = 'candidates' | 'remove' | 'automate' | 'delegate' | 'keep' | 'all';
type SortKey = 'costSaved' | 'hoursSaved' | 'hours' | 'cost';

const SORTS: Record<SortKey, { label: string; value: (f: ReportFindingData) => number }> = {
  costSaved: { label: 'Cost saved per year', value: (f) => f.costSavedPerYear },
  hoursSaved: { label: 'Hours saved or freed per year', value: (f) => f.hoursFreedPerYear },
  hours: { label: 'Hours per year', value: (f) => f.hoursPerYear },
  cost: { label: 'Cost per year', value: (f) => f.costPerYear },
};

export function ReportView({
  teamId,
  teamSlug,
  teamName,
  initial,
}: {
  teamId: string;
  teamSlug: string;
  teamName: string;
  initial: ReportData;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const input = { teamId, systemId: initial.scope.systemId };
  // The server rendered this page from current data: start from it, not from an older cache entry.
  useState(() => queryClient.setQueryData(trpc.report.get.queryKey(input), initial));
  const { data: report = initial } = useQuery({
    ...trpc.report.get.queryOptions(input),
    initialData: initial,
  });
  const [action, setAction] = useState<ActionFilter>('candidates');
  const [system, setSystem] = useState('');
  const [performer, setPerformer] = useState('');
  const [sort, setSort] = useState<SortKey>('costSaved');
  const [showDismissed, setShowDismissed] = useState(false);
  const [dismissing, setDismissing] = useState<ReportFindingData | null>(null);
  const [dismissError, setDismissError] = useState<string>();
  const [assigning, setAssigning] = useState<ReportFindingData | null>(null);
  const decide = useMutation(trpc.report.decide.mutationOptions());
  const reopen = useMutation(trpc.report.reopen.mutationOptions());
  const c = report.currency;

  const visible = useMemo(() => {
    const list = report.findings.filter((f) => {
      if (action === 'candidates' ? f.action === 'keep' : action !== 'all' && f.action !== action)
        return false;
      if (!showDismissed && f.review.status === 'dismissed') return false;
      if (system && !f.systemPathIds.includes(system)) return false;
      if (performer && (f.performerId ?? 'unassigned') !== performer) return false;
      return true;
    });
    // The server's order (cost saved, then hours saved, then step) breaks ties for every sort.
    const rank = new Map(report.findings.map((f, i) => [f.stepId, i]));
    return list.sort(
      (a, b) =>
        SORTS[sort].value(b) - SORTS[sort].value(a) || rank.get(a.stepId)! - rank.get(b.stepId)!,
    );
  }, [report, action, system, performer, sort, showDismissed]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.report.get.queryKey() });

  async function accept(f: ReportFindingData) {
    // Automating and delegating need someone to do it: ask who, then record the decision.
    if (f.action !== 'remove') return setAssigning(f);
    try {
      await decide.mutateAsync({ teamId, stepId: f.stepId, action: 'remove', status: 'accepted' });
      toast.success(`Removed “${f.stepTitle}”: archived, and restorable from its process.`);
      await refresh();
    } catch (err) {
      toast.error((err as Error).message);
    }
  }
  async function dismiss(reason: string) {
    const f = dismissing;
    if (!f) return;
    try {
      await decide.mutateAsync({
        teamId,
        stepId: f.stepId,
        action: f.action as 'remove',
        status: 'dismissed',
        reason,
      });
      setDismissing(null);
      setDismissError(undefined);
      toast.success(`Dismissed “${f.stepTitle}”. It stays hidden unless the step changes.`);
      await refresh();
    } catch (err) {
      setDismissError(fieldMessagesFromServer(err).reason ?? (err as Error).message);
    }
  }
  async function undo(f: ReportFindingData) {
    try {
      await reopen.mutateAsync({ teamId, stepId: f.stepId });
      toast.success(`Reopened “${f.stepTitle}”.`);
      await refresh();
    } catch (err) {
      toast.error((err as Error).message);
    }
  }

  const base = `/t/${teamSlug}/report`;
  const scopeQuery = report.scope.systemId ? `?system=${report.scope.systemId}` : '';
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="flex flex-wrap items-center gap-1 text-slate-500">
            <li>
              {report.scope.systemId ? (
                <Link href={base} className="hover:text-brand-700 hover:underline">
                  {teamName}
                </Link>
              ) : (
                <span aria-current="page" className="font-medium text-slate-800">
                  {teamName}
                </span>
              )}
            </li>
            {report.scope.breadcrumb.map((b, i) => (
              <li key={b.id} className="flex items-center gap-1">
                <span aria-hidden>›</span>
                {i === report.scope.breadcrumb.length - 1 ? (
                  <span aria-current="page" className="font-medium text-slate-800">
                    {b.name}
                  </span>
                ) : (
                  <Link
                    href={`${base}?system=${b.id}`}
                    className="hover:text-brand-700 hover:underline"
                  >
                    {b.name}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">
              Streamlining report{report.scope.name ? `: ${report.scope.name}` : ''}
            </h1>
            <p className="mt-1 text-sm text-slate-600">
              Every documented step, flagged to remove, automate, delegate or keep — computed from
              the current data and settings (horizon {formatNumber(report.settings.horizonYears, 1)}{' '}
              years, steps under {formatNumber(report.settings.minHoursPerYear, 1)} h a year kept as
              too small).
            </p>
          </div>
          <div className="flex flex-wrap gap-2 print:hidden">
            <a
              href={`${base}/export.csv${scopeQuery}`}
              className={buttonClass('secondary')}
              download
            >
              Download CSV
            </a>
            <a
              href={`${base}/export.json${scopeQuery}`}
              className={buttonClass('secondary')}
              download
            >
              JSON
            </a>
            <PrintButton />
          </div>
        </div>
        {report.scope.subsystems.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 text-sm print:hidden">
            <span className="text-slate-500">Zoom in:</span>
            {report.scope.subsystems.map((s) => (
              <Link
                key={s.id}
                href={`${base}?system=${s.id}`}
                className="rounded-full bg-brand-50 px-3 py-1 text-brand-700 hover:bg-brand-100"
              >
                {s.name}
              </Link>
            ))}
          </div>
        )}
      </div>

      <section aria-label="Totals" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <Stat
          label="Documented"
          value={formatHours(report.totals.hoursPerYear)}
          sub={`${formatMoney(report.totals.costPerYear, c)} a year · ${report.totals.stepCount} steps`}
        />
        <Stat
          label="Potential savings"
          value={`${formatMoney(report.potentialTotal.costSavedPerYear, c)}`}
          sub={`a year · ${formatHours(report.potentialTotal.hoursFreedPerYear)} freed`}
          strong
        />
        <Stat
          label={`Realized (${report.realizedTotal.count})`}
          value={formatMoney(report.realizedTotal.costSavedPerYear, c)}
          sub={`a year · ${formatHours(report.realizedTotal.hoursFreedPerYear)} freed, from done decisions`}
          testId="realized"
        />
        {(['remove', 'automate', 'delegate'] as const).map((a) => (
          <Stat
            key={a}
            label={`${ACTION_LABEL[a]} (${report.potential[a].count})`}
            value={formatMoney(report.potential[a].costSavedPerYear, c)}
            sub={
              a === 'delegate'
                ? `${formatHours(report.potential[a].hoursFreedPerYear)} freed for the performers`
                : `${formatHours(report.potential[a].hoursSavedPerYear)} saved a year`
            }
            testId={`potential-${a}`}
          />
        ))}
      </section>

      <ReportCharts report={report} />

      {report.bySystem.length > 0 && (
        <section aria-labelledby="by-system-heading" className="space-y-2">
          <h2 id="by-system-heading" className="text-lg font-semibold">
            By system
          </h2>
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    System
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Hours / year
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Cost / year
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Potential savings
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Realized savings
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {report.bySystem.map((s) => (
                  <tr key={s.systemId ?? 'own'} data-testid="system-savings">
                    <td className="px-4 py-2">
                      {s.systemId ? (
                        <Link
                          href={`${base}?system=${s.systemId}`}
                          className="text-brand-700 hover:underline"
                        >
                          {s.name}
                        </Link>
                      ) : (
                        s.name
                      )}
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">
                      {formatHours(s.hoursPerYear)}
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">
                      {formatMoney(s.costPerYear, c)}
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">
                      {formatMoney(s.costSavedPerYear, c)}
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">
                      {formatMoney(s.realizedCostSavedPerYear, c)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="findings-heading" className="space-y-4">
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <h2 id="findings-heading" className="mr-auto text-lg font-semibold">
            Findings <span className="text-sm font-normal text-slate-500">({visible.length})</span>
          </h2>
          <Select label="Action" value={action} onChange={(v) => setAction(v as ActionFilter)}>
            <option value="candidates">Remove, automate, delegate</option>
            <option value="remove">Remove</option>
            <option value="automate">Automate</option>
            <option value="delegate">Delegate</option>
            <option value="keep">Keep</option>
            <option value="all">All steps</option>
          </Select>
          <Select label="System" value={system} onChange={setSystem}>
            <option value="">All systems</option>
            {report.filters.systems.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <Select label="Performer" value={performer} onChange={setPerformer}>
            <option value="">Everyone</option>
            {report.filters.performers.map((p) => (
              <option key={p.id ?? 'unassigned'} value={p.id ?? 'unassigned'}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select label="Sort by" value={sort} onChange={(v) => setSort(v as SortKey)}>
            {Object.entries(SORTS).map(([k, s]) => (
              <option key={k} value={k}>
                {s.label}
              </option>
            ))}
          </Select>
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input
              type="checkbox"
              checked={showDismissed}
              onChange={(e) => setShowDismissed(e.target.checked)}
              className="h-4 w-4"
            />
            Show dismissed ({report.dismissedCount})
          </label>
        </div>
        {Object.keys(report.keepReasons).length > 0 && action === 'candidates' && (
          <p className="text-xs text-slate-500">
            Kept:{' '}
            {Object.entries(report.keepReasons)
              .map(([k, n]) => `${KEEP_LABEL[k as keyof typeof KEEP_LABEL]} ${n}`)
              .join(' · ')}
            . Choose “Keep” to see them.
          </p>
        )}
        {visible.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
            {report.findings.length === 0
              ? 'Nothing documented here yet: add processes and steps, and the report fills in.'
              : 'No findings match these filters.'}
          </p>
        ) : (
          <ol className="space-y-3" aria-label="Findings">
            {visible.map((f, i) => (
              <li
                key={f.stepId}
                data-testid="finding"
                data-action={f.action}
                className="rounded-xl border border-slate-200 bg-white p-4 print:break-inside-avoid"
              >
                <div className="flex flex-wrap items-start gap-3">
                  <span className="w-6 pt-0.5 text-right text-sm tabular-nums text-slate-500">
                    {i + 1}
                  </span>
                  <div className="min-w-0 flex-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span
                        className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${ACTION_STYLE[f.action]}`}
                      >
                        {ACTION_LABEL[f.action]}
                      </span>
                      <Link
                        href={`/t/${teamSlug}/processes/${f.processId}#step-${f.stepId}`}
                        className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                      >
                        {f.stepTitle}
                      </Link>
                      {f.review.status !== 'open' && <ReviewBadge review={f.review} />}
                    </div>
                    <p className="text-xs text-slate-500">
                      {f.processName} · {f.systemPath.join(' › ')} ·{' '}
                      {f.performerName ?? 'Unassigned'}
                      {f.suggestedName && <> → suggested: {f.suggestedName}</>}
                    </p>
                    <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
                      {f.reasons.map((r, j) => (
                        <li key={j}>{r}</li>
                      ))}
                    </ul>
                    {f.review.resurfaced && (
                      <p className="text-xs text-amber-700">
                        Back for review: the step changed materially since this was last dismissed.
                      </p>
                    )}
                    {f.review.status === 'dismissed' && f.review.reason && (
                      <p className="text-xs text-slate-500">Dismissed: “{f.review.reason}”</p>
                    )}
                  </div>
                  <dl className="grid min-w-48 grid-cols-2 gap-x-3 gap-y-0.5 text-right text-xs text-slate-600">
                    <dt>Hours / year</dt>
                    <dd className="tabular-nums">{formatHours(f.hoursPerYear)}</dd>
                    <dt>Cost / year</dt>
                    <dd className="tabular-nums">{formatMoney(f.costPerYear, c)}</dd>
                    {f.action !== 'keep' && (
                      <>
                        <dt className="font-medium text-slate-800">Saved / year</dt>
                        <dd className="font-medium tabular-nums text-slate-900">
                          {formatMoney(f.costSavedPerYear, c)}
                        </dd>
                      </>
                    )}
                    {f.paybackMonths !== null && f.action === 'automate' && (
                      <>
                        <dt>Payback</dt>
                        <dd className="tabular-nums">{formatNumber(f.paybackMonths, 1)} mo</dd>
                      </>
                    )}
                  </dl>
                </div>
                {report.canReview && f.action !== 'keep' && (
                  <div className="mt-3 flex justify-end gap-2 print:hidden">
                    {f.review.status === 'open' ? (
                      <>
                        <Button
                          variant="secondary"
                          className="px-3 py-1"
                          disabled={!hydrated || decide.isPending}
                          onClick={() => void accept(f)}
                          aria-label={`Accept ${f.stepTitle}`}
                        >
                          Accept
                        </Button>
                        <Button
                          variant="ghost"
                          className="px-3 py-1"
                          disabled={!hydrated}
                          onClick={() => {
                            setDismissError(undefined);
                            setDismissing(f);
                          }}
                          aria-label={`Dismiss ${f.stepTitle}`}
                        >
                          Dismiss…
                        </Button>
                      </>
                    ) : f.review.status === 'dismissed' ? (
                      <Button
                        variant="ghost"
                        className="px-3 py-1"
                        disabled={!hydrated || reopen.isPending}
                        onClick={() => void undo(f)}
                        aria-label={`Reopen ${f.stepTitle}`}
                      >
                        Reopen
                      </Button>
                    ) : (
                      <span className="text-xs text-slate-500">
                        {f.review.status === 'accepted'
                          ? 'Handed over: see Team assignments'
                          : 'Done'}
                      </span>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <AssignDialog
        teamId={teamId}
        step={assigning ? { id: assigning.stepId, title: assigning.stepTitle } : null}
        kind={assigning?.action === 'automate' ? 'automate' : 'delegate'}
        fromFinding
        onClose={() => setAssigning(null)}
        onAssigned={() => {
          setAssigning(null);
          void refresh();
        }}
      />
      <DismissDialog
        stepTitle={dismissing?.stepTitle ?? ''}
        open={dismissing !== null}
        pending={decide.isPending}
        error={dismissError}
        onSubmit={(reason) => void dismiss(reason)}
        onCancel={() => setDismissing(null)}
      />
    </div>
  );
}

function Stat({
  label,
  value,
  sub,
  strong,
  testId,
}: {
  label: string;
  value: string;
  sub: string;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <div
      className={`rounded-xl border p-4 ${strong ? 'border-brand-500/40 bg-brand-50' : 'border-slate-200 bg-white'}`}
      data-testid={testId}
    >
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</p>
      <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</p>
      <p className="text-xs text-slate-600">{sub}</p>
    </div>
  );
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal text-slate-800"
      >
        {children}
      </select>
    </label>
  );
}

function ReviewBadge({ review }: { review: ReportFindingData['review'] }) {
  const style = {
    accepted: 'bg-emerald-50 text-emerald-800',
    dismissed: 'bg-slate-100 text-slate-500',
    done: 'bg-emerald-600 text-white',
    open: '',
  }[review.status];
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs ${style}`}
      title={review.decidedByName ? `by ${review.decidedByName}` : undefined}
    >
      {review.status === 'accepted'
        ? 'Accepted'
        : review.status === 'dismissed'
          ? 'Dismissed'
          : 'Done'}
    </span>
  );
}
