'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { frequencyText } from '@/components/process/frequency-text';
import { MarkdownHtml } from '@/components/process/markdown';
import { Button } from '@/components/ui/button';
import { firstServerMessage } from '@/components/ui/form';
import { formatHours, formatNumber, formatPercent } from '@/lib/format';
import { frequencyOf } from '@/server/process-frequency';
import { declineSchema } from '@/server/routers/assignment.schema';
import { useTRPC } from '@/trpc/client';
import { CompleteAutomationForm } from './complete-automation-form';
import { DeclineDialog } from './decline-dialog';
import { DueDate, formatDay } from './due-date';
import { KindBadge, StatusBadge } from './status-badge';
import { stepHref } from './step-href';
import type { AssignmentView } from './types';

/** One step handed to the caller: what it is, the context to do it, and the next action. */
export function AssignmentCard({
  teamId,
  teamSlug,
  assignment: a,
  today,
}: {
  teamId: string;
  teamSlug: string;
  assignment: AssignmentView;
  today: string;
}) {
  const titleId = useId();
  const howOften =
    frequencyText(frequencyOf(a)) +
    (a.stepProbability < 100 ? `, in ${formatPercent(a.stepProbability)} of runs` : '');
  return (
    <article
      aria-labelledby={titleId}
      data-testid="assignment"
      data-status={a.status}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <KindBadge kind={a.kind} />
        <StatusBadge status={a.status} />
        <DueDate dueDate={a.dueDate} status={a.status} today={today} />
      </div>
      <div>
        <h3 id={titleId} className="text-base font-semibold">
          <Link href={stepHref(teamSlug, a)} className="hover:text-brand-700 hover:underline">
            {a.stepTitle}
          </Link>
        </h3>
        <p className="text-sm text-slate-600">
          In <span className="font-medium text-slate-800">{a.processName}</span> · from{' '}
          {a.assignedByName ?? 'a former user'} · {formatDay(a.createdAt)}
        </p>
      </div>
      {a.note && (
        <blockquote className="border-l-4 border-slate-200 pl-3 text-sm italic text-slate-700">
          “{a.note}”
        </blockquote>
      )}
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          <dt className="inline text-slate-500">Hands-on: </dt>
          <dd className="inline">{formatNumber(a.stepMinutes, 1)} min a run</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">How often: </dt>
          <dd className="inline">{howOften}</dd>
        </div>
        {a.kind === 'delegate' && (
          <div>
            <dt className="inline text-slate-500">Takes: </dt>
            <dd className="inline">{formatHours(a.hoursPerWeek)}/week</dd>
          </div>
        )}
      </dl>
      {a.stepDetails.trim() !== '' && (
        <div>
          <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            How it’s done
          </h4>
          <MarkdownHtml html={a.stepDetailsHtml} />
        </div>
      )}
      {a.whatIfs.length > 0 && (
        <div>
          <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            What if…
          </h4>
          <ul className="space-y-1 text-sm">
            {a.whatIfs.map((w, i) => (
              <li key={i}>
                If {w.condition} <span aria-hidden>→</span>
                <span className="sr-only">, then</span> {w.action}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Outcome assignment={a} />
      <Actions teamId={teamId} assignment={a} />
    </article>
  );
}

/** What happened to finished work: the decline reason, or when it was done and what is left. */
function Outcome({ assignment: a }: { assignment: AssignmentView }) {
  if (a.status === 'declined') {
    return (
      <p className="text-sm text-slate-700">
        <span className="font-medium">You declined:</span> {a.declineReason}
      </p>
    );
  }
  if (a.status !== 'done') return null;
  const parts = [a.completedAt ? `Done ${formatDay(a.completedAt)}` : 'Done'];
  if (a.kind === 'automate') {
    if (a.remainingMinutes !== null)
      parts.push(`${formatNumber(a.remainingMinutes, 1)} min a run still by hand`);
    if (a.effortHours !== null) parts.push(`took ${formatHours(a.effortHours)}`);
  }
  return <p className="text-sm text-emerald-800">{parts.join(' · ')}</p>;
}

function Actions({ teamId, assignment: a }: { teamId: string; assignment: AssignmentView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [declineError, setDeclineError] = useState<string>();
  const [completing, setCompleting] = useState(false);
  const accept = useMutation(trpc.assignment.accept.mutationOptions());
  const decline = useMutation(trpc.assignment.decline.mutationOptions());
  const complete = useMutation(trpc.assignment.complete.mutationOptions());

  if (a.status === 'done' || a.status === 'declined') return null;
  const title = a.stepTitle;
  const busy = accept.isPending || decline.isPending || complete.isPending;

  function changed(message: string) {
    toast.success(message);
    // Overdue reminders in the bell come from open assignments, so they may be gone now.
    void queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
    router.refresh();
  }

  function failed(err: unknown) {
    toast.error(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    // Most failures mean the assignment changed meanwhile: show it as it is now.
    router.refresh();
  }

  async function onAccept() {
    try {
      await accept.mutateAsync({ teamId, assignmentId: a.id });
      changed(
        a.kind === 'delegate'
          ? `You accepted “${title}”: you now perform it.`
          : `You accepted “${title}”.`,
      );
    } catch (err) {
      failed(err);
    }
  }

  async function onDecline(raw: string) {
    const reason = declineSchema.shape.reason.safeParse(raw);
    if (!reason.success) return setDeclineError(reason.error.issues[0]?.message);
    setDeclineError(undefined);
    try {
      await decline.mutateAsync({ teamId, assignmentId: a.id, reason: reason.data });
      setDeclining(false);
      changed(`You declined “${title}”.`);
    } catch (err) {
      // A refused reason stays in the dialog, by the box; anything else closes it.
      const reasonError = firstServerMessage(err, 'reason');
      if (reasonError) return setDeclineError(reasonError);
      setDeclining(false);
      failed(err);
    }
  }

  async function onHandOffDone() {
    try {
      await complete.mutateAsync({ teamId, assignmentId: a.id });
      changed(`The hand-off of “${title}” is done.`);
    } catch (err) {
      failed(err);
    }
  }

  if (completing) {
    return (
      <CompleteAutomationForm
        teamId={teamId}
        assignmentId={a.id}
        stepTitle={title}
        stepMinutes={a.stepMinutes}
        onCancel={() => setCompleting(false)}
        onDone={() => {
          setCompleting(false);
          changed(`“${title}” is marked automated.`);
        }}
      />
    );
  }

  return (
    <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
      {a.status === 'assigned' && (
        <>
          <Button
            className="px-3 py-1.5"
            aria-label={`Accept ${title}`}
            disabled={busy}
            onClick={() => void onAccept()}
          >
            {accept.isPending ? 'Accepting…' : 'Accept'}
          </Button>
          <Button
            variant="secondary"
            className="px-3 py-1.5"
            aria-label={`Decline ${title}`}
            disabled={busy}
            onClick={() => {
              setDeclineError(undefined);
              setDeclining(true);
            }}
          >
            Decline…
          </Button>
        </>
      )}
      {a.kind === 'delegate' && a.status === 'accepted' && (
        <Button
          className="px-3 py-1.5"
          aria-label={`Mark hand-off done: ${title}`}
          disabled={busy}
          onClick={() => void onHandOffDone()}
        >
          {complete.isPending ? 'Saving…' : 'Mark hand-off done'}
        </Button>
      )}
      {/* Automation can be finished straight away: there is nothing to take over first. */}
      {a.kind === 'automate' && (
        <Button
          variant={a.status === 'accepted' ? 'primary' : 'secondary'}
          className="px-3 py-1.5"
          aria-label={`Mark automated: ${title}`}
          disabled={busy}
          onClick={() => setCompleting(true)}
        >
          Mark automated…
        </Button>
      )}
      <DeclineDialog
        stepTitle={title}
        assignedByName={a.assignedByName}
        open={declining}
        pending={decline.isPending}
        error={declineError}
        onSubmit={(reason) => void onDecline(reason)}
        onCancel={() => setDeclining(false)}
      />
    </div>
  );
}
