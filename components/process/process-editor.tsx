'use client';

import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { fieldMessagesFromServer, type FieldMessages } from '@/components/forms/field-errors';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Menu } from '@/components/ui/menu';
import { formatHours, formatQuantity } from '@/lib/format';
import { AssignDialog } from '@/components/delegation/assign-dialog';
import { textAsHtml } from '@/lib/escape-html';
import { useTRPC } from '@/trpc/client';
import { processNumbers } from './process-numbers';
import { StepCard } from './step-card';
import { draftFromStep, emptyDraft, type StepDraft } from './step-draft';
import { StepList } from './step-list';
import type { ProcessData, StepData } from './types';

// The form and its validator load when a step is added or edited, not with the page.
const StepForm = dynamic(() => import('./step-form').then((m) => m.StepForm), {
  loading: () => <p className="text-sm text-slate-600">Opening the form…</p>,
});

/** `round` counts the steps added in one go, so the form starts afresh (and focused) for each. */
type Editing = { stepId: string | 'new'; draft: StepDraft; errors: FieldMessages; round?: number };

/** The page knows only the names it shows: add the ones just picked, so the saved step shows them. */
function withNames(d: ProcessData, draft: StepDraft): ProcessData {
  const people = [...d.people];
  if (
    draft.performerMembershipId &&
    !people.some((m) => m.membershipId === draft.performerMembershipId)
  )
    people.push({ membershipId: draft.performerMembershipId, name: draft.performerName });
  const linkedProcesses = [...d.linkedProcesses];
  for (const w of draft.whatIfs)
    if (w.linkedProcessId && !linkedProcesses.some((p) => p.id === w.linkedProcessId))
      linkedProcesses.push({ id: w.linkedProcessId, name: w.linkedProcessName });
  return { ...d, people, linkedProcesses };
}

/**
 * The steps of a process, editable in place. Edits, reorders and deletes show at once
 * (optimistic) and roll back with a toast if the server refuses; a refused edit reopens the form
 * with what the user typed.
 */
export function ProcessEditor({
  teamId,
  teamSlug,
  processId,
}: {
  teamId: string;
  teamSlug: string;
  processId: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { teamId, processId };
  const queryKey = trpc.process.get.queryKey(input);
  // Prefetched by the page and hydrated (newer than any cached copy), so this never suspends.
  const { data } = useSuspenseQuery(trpc.process.get.queryOptions(input));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<StepData | null>(null);
  const [delegating, setDelegating] = useState<StepData | null>(null);
  const restore = useMutation(trpc.review.restoreStep.mutationOptions());
  const numbers = processNumbers(data);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey });
    void queryClient.invalidateQueries({ queryKey: trpc.process.history.queryKey({ ...input }) });
  };
  /** Applies a change to the cached process now; returns the previous state to roll back to. */
  const optimistic = async (change: (d: ProcessData) => ProcessData) => {
    await queryClient.cancelQueries({ queryKey });
    const previous = queryClient.getQueryData<ProcessData>(queryKey);
    if (previous) queryClient.setQueryData<ProcessData>(queryKey, change(previous));
    return previous;
  };
  const rollback = (previous: ProcessData | undefined) => {
    if (previous) queryClient.setQueryData(queryKey, previous);
  };

  // The process's step edits reach the server one after another, in the order they were made:
  // two quick moves sent at once could otherwise land in either order (several app servers, a
  // transaction retried), and the list would end in the first move's order.
  const scope = { id: `steps-of-${input.processId}` };
  const reorder = useMutation({ ...trpc.step.reorder.mutationOptions(), scope });
  const update = useMutation({ ...trpc.step.update.mutationOptions(), scope });
  const remove = useMutation({ ...trpc.step.delete.mutationOptions(), scope });
  const create = useMutation({ ...trpc.step.create.mutationOptions(), scope });
  const duplicate = useMutation({ ...trpc.step.duplicate.mutationOptions(), scope });

  async function onReorder(orderedIds: string[]) {
    const previous = await optimistic((d) => ({
      ...d,
      steps: orderedIds.map((id) => d.steps.find((s) => s.id === id)!),
    }));
    reorder.mutate(
      { ...input, orderedIds },
      {
        onError: (err) => {
          rollback(previous);
          toast.error(`The new order was not saved: ${err.message}`);
        },
        onSettled: refresh,
      },
    );
  }

  function move(index: number, by: -1 | 1) {
    const ids = data.steps.map((s) => s.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void onReorder(ids);
    // Keep keyboard focus on the moved step's menu, so the next move is one Enter away.
    requestAnimationFrame(() => document.getElementById(`actions-${id}`)?.focus());
  }

  const newDraft = () => emptyDraft(data.viewer);

  // After a step is added, the keyboard lands on it once the list shows it.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const el = focusNext.current && document.getElementById(`step-${focusNext.current}`);
    if (!el) return;
    el.focus();
    focusNext.current = null;
  }, [data.steps]);

  async function saveEdit({ another = false }: { another?: boolean } = {}) {
    if (!editing) return;
    const { parseDraft } = await import('./parse-step-draft');
    const parsed = parseDraft(editing.draft);
    if (!parsed.ok) return setEditing({ ...editing, errors: parsed.errors });
    const values = parsed.value;
    if (editing.stepId === 'new') {
      try {
        const created = await create.mutateAsync({ ...input, ...values });
        toast.success(`Added “${created.title}”.`);
        if (another) {
          const { performerMembershipId, performerName, kind } = editing.draft;
          setEditing({
            stepId: 'new',
            draft: emptyDraft(
              performerMembershipId
                ? { membershipId: performerMembershipId, name: performerName }
                : null,
              kind,
            ),
            errors: {},
            round: (editing.round ?? 0) + 1,
          });
          refresh();
        } else {
          setEditing(null);
          refresh();
          focusNext.current = created.id;
        }
      } catch (err) {
        setEditing({ ...editing, errors: fieldMessagesFromServer(err) });
        toast.error(`The step was not added: ${(err as Error).message}`);
      }
      return;
    }
    const step = data.steps.find((s) => s.id === editing.stepId);
    if (!step) return setEditing(null);
    const kept = editing;
    setEditing(null);
    const previous = await optimistic((d) => ({
      ...withNames(d, kept.draft),
      steps: d.steps.map((s) =>
        s.id === step.id
          ? {
              ...s,
              ...values,
              // Rendered by the server on the refetch; as typed until then.
              detailsHtml:
                values.details === s.details ? s.detailsHtml : textAsHtml(values.details),
              whatIfs: values.whatIfs.map((w, i) => ({
                ...w,
                id: `pending-${i}`,
                teamId,
                stepId: s.id,
                position: i,
              })),
            }
          : s,
      ),
    }));
    update.mutate(
      { teamId, stepId: step.id, version: step.version, ...values },
      {
        onSuccess: (saved) => {
          // The new version, so a second edit right away is not refused as stale.
          queryClient.setQueryData<ProcessData>(
            queryKey,
            (d) =>
              d && {
                ...d,
                steps: d.steps.map((s) =>
                  s.id === saved.id ? { ...s, version: saved.version } : s,
                ),
              },
          );
        },
        onError: (err) => {
          rollback(previous);
          setEditing({ ...kept, errors: fieldMessagesFromServer(err) });
          toast.error(`Your change to “${step.title}” was not saved: ${err.message}`);
        },
        onSettled: refresh,
      },
    );
  }

  async function confirmDelete() {
    const step = deleting;
    setDeleting(null);
    if (!step) return;
    const previous = await optimistic((d) => ({
      ...d,
      steps: d.steps.filter((s) => s.id !== step.id),
    }));
    remove.mutate(
      { teamId, stepId: step.id },
      {
        onSuccess: () => toast.success(`Deleted “${step.title}”.`),
        onError: (err) => {
          rollback(previous);
          toast.error(`“${step.title}” was not deleted: ${err.message}`);
        },
        onSettled: refresh,
      },
    );
  }

  const formFor = (label: string) =>
    editing && (
      <StepForm
        key={`${editing.stepId}-${editing.round ?? 0}`}
        draft={editing.draft}
        errors={editing.errors}
        onChange={(draft) => setEditing({ ...editing, draft })}
        teamId={teamId}
        processId={data.process.id}
        submitLabel={label}
        pending={create.isPending}
        onSubmit={() => void saveEdit()}
        onSubmitAndAddAnother={
          editing.stepId === 'new' ? () => void saveEdit({ another: true }) : undefined
        }
        onCancel={() => setEditing(null)}
      />
    );

  return (
    <section aria-labelledby="steps-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="steps-heading" className="text-lg font-semibold">
          Steps
        </h2>
        <p className="text-sm text-slate-600" data-testid="process-totals">
          {formatQuantity(numbers.minutesPerRun)} min per run ·{' '}
          {formatQuantity(numbers.runsPerYear)} runs a year ·{' '}
          <strong>{formatHours(numbers.hoursPerYear)} a year</strong>
        </p>
      </div>
      {data.steps.length === 0 && !editing && (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          No steps yet. Write down what is done every single time, in order — then the exceptions as
          what-ifs.
        </p>
      )}
      <StepList
        steps={data.steps}
        disabled={editing !== null}
        onReorder={(ids) => void onReorder(ids)}
        renderStep={(step, index, handle) =>
          editing?.stepId === step.id ? (
            formFor('Save step')
          ) : (
            <div className="flex gap-3">
              <div className="flex flex-col items-center gap-1">{handle}</div>
              <StepCard
                step={step}
                index={index}
                hoursPerYear={numbers.stepHours.get(step.id) ?? 0}
                members={data.people}
                processes={data.linkedProcesses}
                teamSlug={teamSlug}
              />
              <div className="flex flex-none items-start gap-1 text-sm">
                <Button
                  variant="ghost"
                  className="px-2 py-1"
                  disabled={editing !== null}
                  onClick={() =>
                    setEditing({
                      stepId: step.id,
                      draft: draftFromStep(step, {
                        people: data.people,
                        processes: data.linkedProcesses,
                      }),
                      errors: {},
                    })
                  }
                  aria-label={`Edit ${step.title}`}
                >
                  Edit
                </Button>
                <Menu
                  id={`actions-${step.id}`}
                  label={`More actions for ${step.title}`}
                  items={[
                    {
                      label: 'Duplicate',
                      disabled: duplicate.isPending,
                      onSelect: () =>
                        duplicate.mutate(
                          { teamId, stepId: step.id },
                          { onSuccess: refresh, onError: (err) => toast.error(err.message) },
                        ),
                    },
                    ...(data.canManage && data.process.status !== 'archived'
                      ? [{ label: 'Delegate…', onSelect: () => setDelegating(step) }]
                      : []),
                    { label: 'Move up', disabled: index === 0, onSelect: () => move(index, -1) },
                    {
                      label: 'Move down',
                      disabled: index === data.steps.length - 1,
                      onSelect: () => move(index, 1),
                    },
                    { label: 'Delete…', danger: true, onSelect: () => setDeleting(step) },
                  ]}
                />
              </div>
            </div>
          )
        }
      />
      {editing?.stepId === 'new' ? (
        <div className="rounded-xl border border-brand-500/40 bg-white p-4">
          {formFor('Add step')}
        </div>
      ) : (
        <Button
          variant="secondary"
          disabled={editing !== null}
          onClick={() => setEditing({ stepId: 'new', draft: newDraft(), errors: {} })}
        >
          + Add step
        </Button>
      )}
      {data.archivedSteps.length > 0 && (
        <details className="rounded-xl border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">
            Removed steps ({data.archivedSteps.length})
          </summary>
          <p className="mt-2 text-xs text-slate-500">
            Removed through the streamlining report: out of the process and its totals, kept here
            and in the history.
          </p>
          <ul className="mt-2 divide-y divide-slate-100">
            {data.archivedSteps.map((s) => (
              <li key={s.id} className="flex items-center justify-between py-2 text-sm">
                <span className="text-slate-600 line-through decoration-slate-300">{s.title}</span>
                {data.canManage && (
                  <Button
                    variant="ghost"
                    className="px-2 py-1"
                    disabled={restore.isPending}
                    aria-label={`Restore ${s.title}`}
                    onClick={() =>
                      restore.mutate(
                        { teamId, stepId: s.id },
                        {
                          onSuccess: () => toast.success(`Restored “${s.title}”.`),
                          onError: (err) => toast.error(err.message),
                          onSettled: refresh,
                        },
                      )
                    }
                  >
                    Restore
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <AssignDialog
        teamId={teamId}
        step={delegating ? { id: delegating.id, title: delegating.title } : null}
        kind="delegate"
        onClose={() => setDelegating(null)}
        onAssigned={() => {
          setDelegating(null);
          refresh();
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete step"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        The step and its what-ifs are removed from this process. The change is kept in the process
        history.
      </ConfirmDialog>
    </section>
  );
}
