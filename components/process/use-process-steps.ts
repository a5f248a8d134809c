'use client';

import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { toast, toastWithUndo } from '@/components/ui/toast';
import { textAsHtml } from '@/lib/escape-html';
import type { StepFields } from '@/server/routers/process.schema';
import { useTRPC } from '@/trpc/client';
import type { StepDraft } from './step-draft';
import type { ProcessData, StepData } from './types';

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
 * A process's steps and every change to them. Edits, reorders and deletes show at once
 * (optimistic) and roll back with a toast if the server refuses. The changes reach the server
 * one after another, in the order they were made: two quick moves sent at once could otherwise
 * land in either order (several app servers, a transaction retried).
 */
export function useProcessSteps(teamId: string, processId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { teamId, processId };
  const queryKey = trpc.process.get.queryKey(input);
  // Prefetched by the page and hydrated (newer than any cached copy), so this never suspends.
  const { data } = useSuspenseQuery(trpc.process.get.queryOptions(input));

  const scope = { id: `steps-of-${processId}` };
  const reorder = useMutation({ ...trpc.step.reorder.mutationOptions(), scope });
  const update = useMutation({ ...trpc.step.update.mutationOptions(), scope });
  const remove = useMutation({ ...trpc.step.delete.mutationOptions(), scope });
  const create = useMutation({ ...trpc.step.create.mutationOptions(), scope });
  const duplicate = useMutation({ ...trpc.step.duplicate.mutationOptions(), scope });
  const restore = useMutation(trpc.review.restoreStep.mutationOptions());

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey });
    void queryClient.invalidateQueries({ queryKey: trpc.process.history.queryKey(input) });
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
  const failed = (what: string) => (err: { message: string }) =>
    toast.error(`${what}: ${err.message}`);

  async function reorderTo(orderedIds: string[]) {
    const previous = await optimistic((d) => ({
      ...d,
      steps: orderedIds.map((id) => d.steps.find((s) => s.id === id)!),
    }));
    reorder.mutate(
      { ...input, orderedIds },
      {
        onError: (err) => {
          rollback(previous);
          failed('The new order was not saved')(err);
        },
        onSettled: refresh,
      },
    );
  }

  function move(index: number, by: -1 | 1) {
    const ids = data.steps.map((s) => s.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    void reorderTo(ids);
    // Keep keyboard focus on the moved step's menu, so the next move is one Enter away.
    requestAnimationFrame(() => document.getElementById(`actions-${id}`)?.focus());
  }

  /** Saves an edit at once on screen; `onRefused` reopens the form with what was typed. */
  async function save(
    step: StepData,
    values: StepFields,
    draft: StepDraft,
    onRefused: (err: unknown) => void,
  ) {
    const previous = await optimistic((d) => ({
      ...withNames(d, draft),
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
      ) as StepData[],
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
          onRefused(err);
          failed(`Your change to “${step.title}” was not saved`)(err);
        },
        onSettled: refresh,
      },
    );
  }

  /**
   * Deleting is for good on the server; its Undo writes the step back from what the page holds,
   * in the same place (what it was linked to by decisions and hand-offs does not come back).
   */
  async function undoDelete(step: StepData, index: number, afterStepId: string | null) {
    const { stepFieldsSchema } = await import('@/server/routers/process.schema');
    try {
      const created = await create.mutateAsync({
        ...input,
        afterStepId,
        ...stepFieldsSchema.parse(step),
      });
      if (index === 0) {
        const rest = (queryClient.getQueryData<ProcessData>(queryKey)?.steps ?? []).filter(
          (s) => s.id !== created.id,
        );
        await reorder.mutateAsync({ ...input, orderedIds: [created.id, ...rest.map((s) => s.id)] });
      }
      toast.success(`Restored “${step.title}”.`);
    } catch (err) {
      failed(`“${step.title}” was not restored`)(err as Error);
    } finally {
      refresh();
    }
  }

  async function deleteStep(step: StepData) {
    const index = data.steps.findIndex((s) => s.id === step.id);
    const afterStepId = index > 0 ? data.steps[index - 1]!.id : null;
    const previous = await optimistic((d) => ({
      ...d,
      steps: d.steps.filter((s) => s.id !== step.id),
    }));
    remove.mutate(
      { teamId, stepId: step.id },
      {
        onSuccess: () =>
          toastWithUndo(
            `Deleted “${step.title}”.`,
            () => void undoDelete(step, index, afterStepId),
          ),
        onError: (err) => {
          rollback(previous);
          failed(`“${step.title}” was not deleted`)(err);
        },
        onSettled: refresh,
      },
    );
  }

  function duplicateStep(step: StepData) {
    duplicate.mutate(
      { teamId, stepId: step.id },
      { onSuccess: refresh, onError: failed(`“${step.title}” was not duplicated`) },
    );
  }

  function restoreStep(step: { id: string; title: string }) {
    restore.mutate(
      { teamId, stepId: step.id },
      {
        onSuccess: () => toast.success(`Restored “${step.title}”.`),
        onError: failed(`“${step.title}” was not restored`),
        onSettled: refresh,
      },
    );
  }

  return {
    data,
    refresh,
    reorderTo,
    move,
    save,
    create,
    deleteStep,
    duplicateStep,
    duplicating: duplicate.isPending,
    restoreStep,
    restoring: restore.isPending,
  };
}
