'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { formatHours, formatMoney, formatNumber } from '@/lib/format';
import { ACTION_LABELS } from '@/lib/labels';
import { ACTION_STYLE } from './labels';
import type { ReportFindingData } from './types';

export type FindingActions = {
  onAccept: (f: ReportFindingData) => void;
  onDismiss: (f: ReportFindingData) => void;
  onReopen: (f: ReportFindingData) => void;
};

/** One finding: what to do with the step, why in plain words, and the review controls. */
export function FindingCard({
  finding: f,
  rank,
  teamSlug,
  currency: c,
  canReview,
  busy,
  onAccept,
  onDismiss,
  onReopen,
}: {
  finding: ReportFindingData;
  rank: number;
  teamSlug: string;
  currency: string;
  canReview: boolean;
  busy: boolean;
} & FindingActions) {
  return (
    <article
      data-testid="finding"
      data-action={f.action}
      className="rounded-xl border border-slate-200 bg-white p-4"
      aria-label={`${rank}. ${ACTION_LABELS[f.action]}: ${f.stepTitle}`}
    >
      <div className="flex flex-wrap items-start gap-3">
        <span className="w-8 pt-0.5 text-right text-sm tabular-nums text-slate-600">{rank}</span>
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${ACTION_STYLE[f.action]}`}
            >
              {ACTION_LABELS[f.action]}
            </span>
            <Link
              href={`/t/${teamSlug}/processes/${f.processId}#step-${f.stepId}`}
              className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
            >
              {f.stepTitle}
            </Link>
            {f.review.status !== 'open' && <ReviewBadge review={f.review} />}
          </div>
          <p className="text-xs text-slate-600">
            {f.processName} · {f.systemPath.join(' › ')} · {f.performerName ?? 'Unassigned'}
            {f.suggestedName && <> → suggested: {f.suggestedName}</>}
          </p>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {f.reasons.map((r, j) => (
              <li key={j}>{r}</li>
            ))}
          </ul>
          {f.review.resurfaced && (
            <p className="text-xs text-amber-800">
              Back for review: the step changed materially since this was last dismissed.
            </p>
          )}
          {f.review.status === 'dismissed' && f.review.reason && (
            <p className="text-xs text-slate-600">Dismissed: “{f.review.reason}”</p>
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
      {canReview && f.action !== 'keep' && (
        <div className="mt-3 flex justify-end gap-2 print:hidden">
          {f.review.status === 'open' ? (
            <>
              <Button
                variant="secondary"
                className="px-3 py-1"
                disabled={busy}
                onClick={() => onAccept(f)}
                aria-label={`Accept ${f.stepTitle}`}
              >
                Accept
              </Button>
              <Button
                variant="ghost"
                className="px-3 py-1"

                onClick={() => onDismiss(f)}
                aria-label={`Dismiss ${f.stepTitle}`}
              >
                Dismiss…
              </Button>
            </>
          ) : f.review.status === 'dismissed' ? (
            <Button
              variant="ghost"
              className="px-3 py-1"
              disabled={busy}
              onClick={() => onReopen(f)}
              aria-label={`Reopen ${f.stepTitle}`}
            >
              Reopen
            </Button>
          ) : (
            <span className="text-xs text-slate-600">
              {f.review.status === 'accepted' ? (
                <>
                  Handed over: see{' '}
                  <Link
                    href={`/t/${teamSlug}/assignments/team`}
                    className="text-brand-700 underline"
                  >
                    Team assignments
                  </Link>
                </>
              ) : (
                'Done'
              )}
            </span>
          )}
        </div>
      )}
    </article>
  );
}

function ReviewBadge({ review }: { review: ReportFindingData['review'] }) {
  const style = {
    accepted: 'bg-emerald-50 text-emerald-800',
    dismissed: 'bg-slate-100 text-slate-600',
    done: 'bg-emerald-700 text-white',
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
