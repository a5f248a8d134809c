'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { AssignDialog } from '@/components/delegation/assign-dialog';
import { fieldMessagesFromServer, type FieldMessages } from '@/components/forms/field-errors';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Menu } from '@/components/ui/menu';
import { toast } from '@/components/ui/toast';
import { formatHours, formatQuantity } from '@/lib/format';
import { processNumbers } from './process-numbers';
import { RemovedSteps } from './removed-steps';
import { StepCard } from './step-card';
import { draftFromStep, emptyDraft, type StepDraft } from './step-draft';
import { StepList } from './step-list';
import type { StepData } from './types';
import { useProcessSteps } from './use-process-steps';

// The form and its validator load when a step is added or edited, not with the page.
const StepForm = dynamic(() => import('./step-form').then((m) => m.StepForm), {
  loading: () => <p className="text-sm text-slate-600">Opening the form…</p>,
});

/** `round` counts the steps added in one go, so the form starts afresh (and focused) for each. */
type Editing = { stepId: string | 'new'; draft: StepDraft; errors: FieldMessages; round?: number };

/**
 * The steps of a process, editable in place; a refused edit reopens the form with what the
 * user typed. The data and its optimistic changes live in useProcessSteps.
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
  const steps = useProcessSteps(teamId, processId);
  const { data, refresh } = steps;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<StepData | null>(null);
  const [delegating, setDelegating] = useState<StepData | null>(null);
  const numbers = processNumbers(data);

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
    if (editing.stepId !== 'new') {
      const step = data.steps.find((s) => s.id === editing.stepId);
      const kept = editing;
      setEditing(null);
      if (step)
        await steps.save(step, values, kept.draft, (err) =>
          setEditing({ ...kept, errors: fieldMessagesFromServer(err) }),
        );
      return;
    }
    try {
      const created = await steps.create.mutateAsync({ teamId, processId, ...values });
      toast.success(`Added “${created.title}”.`);
      refresh();
      if (another) {
        // The next step starts with the same performer and kind: a run of steps by one person.
        const { performerMembershipId, performerName, kind } = editing.draft;
        const performer = performerMembershipId
          ? { membershipId: performerMembershipId, name: performerName }
          : null;
        setEditing({
          stepId: 'new',
          draft: emptyDraft(performer, kind),
          errors: {},
          round: (editing.round ?? 0) + 1,
        });
      } else {
        setEditing(null);
        focusNext.current = created.id;
      }
    } catch (err) {
      setEditing({ ...editing, errors: fieldMessagesFromServer(err) });
      toast.error(`The step was not added: ${(err as Error).message}`);
    }
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
        pending={steps.create.isPending}
        onSubmit={() => void saveEdit()}
        onSubmitAndAddAnother={
          editing.stepId === 'new' ? () => void saveEdit({ another: true }) : undefined
        }
        onCancel={() => setEditing(null)}
      />
    );

  const actionsFor = (step: StepData, index: number) => (
    <div className="flex flex-none items-start gap-1 text-sm">
      <Button
        variant="ghost"
        className="px-2 py-1"
        disabled={editing !== null}
        onClick={() =>
          setEditing({
            stepId: step.id,
            draft: draftFromStep(step, { people: data.people, processes: data.linkedProcesses }),
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
            disabled: steps.duplicating,
            onSelect: () => steps.duplicateStep(step),
          },
          ...(data.canManage && data.process.status !== 'archived'
            ? [{ label: 'Delegate…', onSelect: () => setDelegating(step) }]
            : []),
          { label: 'Move up', disabled: index === 0, onSelect: () => steps.move(index, -1) },
          {
            label: 'Move down',
            disabled: index === data.steps.length - 1,
            onSelect: () => steps.move(index, 1),
          },
          { label: 'Delete…', danger: true, onSelect: () => setDeleting(step) },
        ]}
      />
    </div>
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
        <EmptyState title="No steps yet">
          Write down what is done every single time, in order — then the exceptions as what-ifs.
        </EmptyState>
      )}
      <StepList
        steps={data.steps}
        disabled={editing !== null}
        onReorder={(ids) => void steps.reorderTo(ids)}
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
              {actionsFor(step, index)}
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
          onClick={() => setEditing({ stepId: 'new', draft: emptyDraft(data.viewer), errors: {} })}
        >
          + Add step
        </Button>
      )}
      <RemovedSteps
        steps={data.archivedSteps}
        canRestore={data.canManage}
        restoring={steps.restoring}
        onRestore={steps.restoreStep}
      />
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
        onConfirm={() => {
          if (deleting) void steps.deleteStep(deleting);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      >
        The step and its what-ifs are removed from this process. The change is kept in the process
        history. You can undo it from the message that follows.
      </ConfirmDialog>
    </section>
  );
}
