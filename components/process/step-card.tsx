'use client';

import { formatDate, formatHours, formatNumber, formatPercent } from '@/lib/format';
import { STEP_VALUE_LABELS } from '@/lib/labels';
import { MarkdownHtml } from './markdown';
import type { MemberOption, ProcessOption, StepData } from './types';

const KIND_STYLE = {
  action: 'bg-sky-50 text-sky-800',
  decision: 'bg-violet-50 text-violet-800',
  event: 'bg-amber-50 text-amber-800',
} as const;

/** A step as read: what it is, who does it, what it takes, and its what-ifs. */
export function StepCard({
  step,
  index,
  hoursPerYear,
  members,
  processes,
  teamSlug,
}: {
  step: StepData;
  index: number;
  hoursPerYear: number;
  members: MemberOption[];
  processes: ProcessOption[];
  teamSlug: string;
}) {
  const performer = members.find((m) => m.membershipId === step.performerMembershipId)?.name;
  return (
    <div className="min-w-0 flex-1 space-y-2">
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="text-sm tabular-nums text-slate-500">{index + 1}.</span>
        <h3 className="font-medium text-slate-900">{step.title}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs ${KIND_STYLE[step.kind]}`}>
          {step.kind}
        </span>
        {step.probability < 100 && (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
            what-if branch · {formatPercent(step.probability)} of runs
          </span>
        )}
        {step.automatedAt && (
          <span
            className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800"
            title={`Automated on ${formatDate(step.automatedAt)}`}
          >
            automated
          </span>
        )}
      </div>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        <div>
          <dt className="inline text-slate-500">Performer </dt>
          <dd className="inline">{performer ?? 'Unassigned'}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Time </dt>
          <dd className="inline">
            {formatNumber(step.minutes, 1)} min
            {step.waitMinutes ? ` + ${formatNumber(step.waitMinutes, 0)} min wait` : ''}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Per year </dt>
          <dd className="inline">{formatHours(hoursPerYear)}</dd>
        </div>
        <div>
          <dt className="sr-only">Value</dt>
          <dd className="inline">{STEP_VALUE_LABELS[step.value]}</dd>
        </div>
        {(step.ruleBased || step.needsJudgment) && (
          <div>
            <dt className="sr-only">Flags</dt>
            {step.ruleBased && <dd className="inline text-emerald-700">rule-based</dd>}
            {step.ruleBased && step.needsJudgment && ' · '}
            {step.needsJudgment && <dd className="inline text-violet-700">needs judgment</dd>}
          </div>
        )}
        {step.tools.length > 0 && (
          <div>
            <dt className="inline text-slate-500">Tools </dt>
            <dd className="inline">{step.tools.join(', ')}</dd>
          </div>
        )}
        {step.automationEffortHours !== null && (
          <div>
            <dt className="inline text-slate-500">Automation effort </dt>
            <dd className="inline">{formatNumber(step.automationEffortHours, 1)} h</dd>
          </div>
        )}
      </dl>
      {step.details.trim() && (
        <details className="text-sm">
          <summary className="cursor-pointer text-xs text-brand-700">Details</summary>
          <div className="mt-2">
            <MarkdownHtml html={step.detailsHtml} />
          </div>
        </details>
      )}
      {step.whatIfs.length > 0 && (
        <ul className="space-y-1 border-l-2 border-amber-200 pl-3 text-sm" aria-label="What-ifs">
          {step.whatIfs.map((w) => {
            const linked = w.linkedProcessId
              ? processes.find((p) => p.id === w.linkedProcessId)
              : undefined;
            return (
              <li key={w.id}>
                <span className="font-medium text-amber-800">If</span> {w.condition}{' '}
                <span aria-hidden>→</span>
                <span className="sr-only">then</span> {w.action}
                {linked && (
                  <>
                    {' '}
                    (
                    <a
                      href={`/t/${teamSlug}/processes/${linked.id}`}
                      className="text-brand-700 underline"
                    >
                      {linked.name}
                    </a>
                    )
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
