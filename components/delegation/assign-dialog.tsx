'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { toast } from '@/components/ui/toast';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { formatMoney, formatNumber } from '@/lib/format';
import type { AppRouter } from '@/server/routers/_app';
import { createAssignmentSchema } from '@/server/routers/assignment.schema';
import { useTRPC } from '@/trpc/client';
import { FormField, FormTextarea } from '@/components/ui/form-fields';

type Options = inferRouterOutputs<AppRouter>['assignment']['options'];
type Candidate = Options['members'][number];

// The procedure's own fields; "nobody chosen" is checked first, in words (its id check has none).
const formSchema = createAssignmentSchema.pick({ dueDate: true, note: true }).extend({
  assigneeMembershipId: z
    .string()
    .min(1, 'Choose who takes it.')
    .pipe(createAssignmentSchema.shape.assigneeMembershipId),
});

type Props = {
  teamId: string;
  step: { id: string; title: string } | null;
  kind: 'delegate' | 'automate';
  /** Accepting a report finding (review.decide), or handing over from the process page. */
  fromFinding?: boolean;
  onClose: () => void;
  onAssigned: () => void;
};

/**
 * Hands a step to a teammate. For a hand-off, the analysis's suggestion (cheapest with spare
 * capacity) is preselected; every teammate shows their cost and free hours. Going over someone's
 * free capacity warns but is allowed: the team may know better.
 */
export function AssignDialog({ step, kind, onClose, ...rest }: Props) {
  const title = kind === 'delegate' ? 'Delegate' : 'Automate';
  return (
    <Dialog
      open={step !== null}
      onOpenChange={(next) => !next && onClose()}
      title={`${title} “${step?.title ?? ''}”`}
      size="lg"
    >
      {/* The dialog's content unmounts on closing: each opening loads and preselects afresh. */}
      {step && <AssignBody key={step.id} step={step} kind={kind} onClose={onClose} {...rest} />}
    </Dialog>
  );
}

function AssignBody({
  teamId,
  step,
  kind,
  fromFinding = false,
  onClose,
  onAssigned,
}: Props & { step: { id: string; title: string } }) {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(search.trim()), 200);
    return () => clearTimeout(t);
  }, [search]);
  const options = useQuery({
    ...trpc.assignment.options.queryOptions({ teamId, stepId: step.id, kind, q }),
    placeholderData: keepPreviousData,
  });

  if (!options.data) {
    return (
      <div className="space-y-4">
        {options.error ? (
          <Alert>{options.error.message}</Alert>
        ) : (
          <p className="text-sm text-slate-500">Loading teammates…</p>
        )}
        <DialogFooter>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled>{kind === 'delegate' ? 'Assign' : 'Create automation task'}</Button>
        </DialogFooter>
      </div>
    );
  }
  // Mounted once the first list is in, so the suggestion is the form's starting choice.
  return (
    <AssignForm
      teamId={teamId}
      step={step}
      kind={kind}
      fromFinding={fromFinding}
      data={options.data}
      searchError={options.error?.message}
      search={search}
      onSearch={setSearch}
      onClose={onClose}
      onAssigned={onAssigned}
    />
  );
}

function AssignForm({
  teamId,
  step,
  kind,
  fromFinding,
  data,
  searchError,
  search,
  onSearch,
  onClose,
  onAssigned,
}: {
  teamId: string;
  step: { id: string; title: string };
  kind: 'delegate' | 'automate';
  fromFinding: boolean;
  data: Options;
  searchError: string | undefined;
  search: string;
  onSearch: (text: string) => void;
  onClose: () => void;
  onAssigned: () => void;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.assignment.create.mutationOptions());
  const accept = useMutation(trpc.review.decide.mutationOptions());
  const suggested =
    kind === 'delegate'
      ? (data.members.find((m) => m.membershipId === data.suggestedMemberId) ?? null)
      : null;
  // The chosen teammate stays shown while a search lists others.
  const [picked, setPicked] = useState<Candidate | null>(suggested);
  const form = useZodForm(formSchema, {
    defaultValues: {
      assigneeMembershipId: kind === 'delegate' ? (data.suggestedMemberId ?? '') : '',
      dueDate: null,
      note: '',
    },
  });
  const { errors, isSubmitted } = form.formState;
  const assignee = useWatch({ control: form.control, name: 'assigneeMembershipId' });

  const listed = data.members;
  const candidates =
    picked && !listed.some((m) => m.membershipId === picked.membershipId)
      ? [picked, ...listed]
      : listed;
  const chosen = candidates.find((m) => m.membershipId === assignee);
  const over =
    kind === 'delegate' && chosen ? data.stepHoursPerWeek > chosen.freeHoursPerWeek + 1e-9 : false;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const handOff = { teamId, stepId: step.id, ...values };
      if (fromFinding) {
        await accept.mutateAsync({ ...handOff, action: kind, status: 'accepted' });
      } else {
        await create.mutateAsync({ ...handOff, kind });
      }
      toast.success(`“${step.title}” handed to ${chosen?.name ?? 'your teammate'}.`);
      onAssigned();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form className="space-y-4" noValidate onSubmit={onSubmit}>
      <FormAlert form={form} />
      {searchError && <Alert>{searchError}</Alert>}
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">
          {kind === 'delegate' ? 'Who takes it over?' : 'Who automates it?'}
        </legend>
        {kind === 'delegate' && (
          <p className="text-xs text-slate-500">
            The step takes about {formatNumber(data.stepHoursPerWeek, 1)} h a week.
          </p>
        )}
        {data.teamSize > data.members.length && (
          <label className="mt-2 block text-xs font-medium text-slate-600">
            Find a teammate
            <input
              type="search"
              value={search}
              onChange={(e) => onSearch(e.target.value)}
              placeholder={`Name or email (${data.teamSize} teammates)`}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm font-normal"
            />
          </label>
        )}
        <ul
          className="mt-2 max-h-60 space-y-1 overflow-y-auto"
          role="radiogroup"
          aria-label="Teammates"
        >
          {candidates.map((m) => (
            <li key={m.membershipId}>
              <label
                className={`flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm ${assignee === m.membershipId ? 'border-brand-500 bg-brand-50' : 'border-slate-200'}`}
              >
                {/* Controlled, not registered: choosing also keeps the teammate shown (picked). */}
                <input
                  type="radio"
                  name="assignee"
                  value={m.membershipId}
                  checked={assignee === m.membershipId}
                  onChange={() => {
                    form.setValue('assigneeMembershipId', m.membershipId, {
                      shouldDirty: true,
                      shouldValidate: isSubmitted,
                    });
                    setPicked(m);
                  }}
                />
                <span className="flex-1 font-medium">
                  {m.name}
                  {m.membershipId === data.suggestedMemberId && kind === 'delegate' && (
                    <span className="ml-2 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-normal text-emerald-800">
                      suggested
                    </span>
                  )}
                </span>
                <span className="text-xs text-slate-500">
                  {formatMoney(m.hourlyCost, data.currency)}/h ·{' '}
                  {formatNumber(m.freeHoursPerWeek, 1)} h/week free
                </span>
              </label>
            </li>
          ))}
          {candidates.length === 0 && (
            <li className="px-3 py-2 text-sm text-slate-500">No teammate matches.</li>
          )}
        </ul>
        {errors.assigneeMembershipId && (
          <p className="mt-1 text-sm text-red-600">{errors.assigneeMembershipId.message}</p>
        )}
      </fieldset>
      {over && chosen && (
        <p
          role="status"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800"
        >
          {chosen.name} has {formatNumber(chosen.freeHoursPerWeek, 1)} h a week free for delegated
          work; this step takes {formatNumber(data.stepHoursPerWeek, 1)} h. You can still assign it.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          form={form}
          name="dueDate"
          options={{ setValueAs: (v: string) => v || null }}
          label="Due date"
          type="date"
          // An empty date box is "no due date", not an empty string the schema would refuse.
        />
      </div>
      <FormTextarea
        form={form}
        name="note"
        label="Hand-off note"
        rows={3}
        placeholder="What they need to know"
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" disabled={create.isPending || accept.isPending}>
          {kind === 'delegate' ? 'Assign' : 'Create automation task'}
        </Button>
      </DialogFooter>
    </form>
  );
}
