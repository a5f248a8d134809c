'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { fieldMessagesFromServer, type FieldMessages } from '@/components/forms/field-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatMoney, formatNumber } from '@/lib/format';
import type { AppRouter } from '@/server/routers/_app';
import { useTRPC } from '@/trpc/client';

type Candidate = inferRouterOutputs<AppRouter>['assignment']['options']['members'][number];

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
export function AssignDialog({
  teamId,
  step,
  kind,
  fromFinding = false,
  onClose,
  onAssigned,
}: Props) {
  const trpc = useTRPC();
  const ref = useRef<HTMLDialogElement>(null);
  const open = step !== null;
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(search.trim()), 200);
    return () => clearTimeout(t);
  }, [search]);
  const options = useQuery({
    ...trpc.assignment.options.queryOptions({ teamId, stepId: step?.id ?? '', kind, q }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const create = useMutation(trpc.assignment.create.mutationOptions());
  const accept = useMutation(trpc.review.decide.mutationOptions());
  const [assignee, setAssignee] = useState('');
  // The chosen teammate stays shown while a search lists others.
  const [picked, setPicked] = useState<Candidate | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  // Preselect the suggestion (or, for automation, nobody) once the options arrive.
  const data = options.data;
  const [preselectedFor, setPreselectedFor] = useState<string | null>(null);
  if (data && step && preselectedFor !== step.id) {
    setPreselectedFor(step.id);
    const suggested = data.members.find((m) => m.membershipId === data.suggestedMemberId);
    setAssignee(kind === 'delegate' ? (data.suggestedMemberId ?? '') : '');
    setPicked(kind === 'delegate' ? (suggested ?? null) : null);
    setSearch('');
    setQ('');
    setDueDate('');
    setNote('');
    setErrors({});
    setFormError('');
  }

  const listed = data?.members ?? [];
  const candidates =
    picked && !listed.some((m) => m.membershipId === picked.membershipId)
      ? [picked, ...listed]
      : listed;
  const chosen = candidates.find((m) => m.membershipId === assignee);
  const over =
    kind === 'delegate' && chosen && data
      ? data.stepHoursPerWeek > chosen.freeHoursPerWeek + 1e-9
      : false;

  async function submit() {
    if (!step) return;
    setErrors({});
    setFormError('');
    if (!assignee) return setErrors({ assigneeMembershipId: 'Choose who takes it.' });
    try {
      const handOff = { teamId, stepId: step.id, assigneeMembershipId: assignee, note };
      if (fromFinding) {
        await accept.mutateAsync({
          ...handOff,
          action: kind,
          status: 'accepted',
          dueDate: dueDate || null,
        });
      } else {
        await create.mutateAsync({ ...handOff, kind, dueDate: dueDate || null });
      }
      toast.success(`“${step.title}” handed to ${chosen?.name ?? 'your teammate'}.`);
      onAssigned();
    } catch (err) {
      const fields = fieldMessagesFromServer(err);
      setErrors(fields);
      if (!Object.values(fields).some(Boolean)) setFormError((err as Error).message);
    }
  }

  const title = kind === 'delegate' ? 'Delegate' : 'Automate';
  return (
    <dialog
      ref={ref}
      aria-labelledby="assign-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-full max-w-lg rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        className="space-y-4 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="assign-title" className="text-base font-semibold">
          {title} “{step?.title}”
        </h2>
        {formError && <Alert>{formError}</Alert>}
        {options.isPending ? (
          <p className="text-sm text-slate-500">Loading teammates…</p>
        ) : options.error ? (
          <Alert>{options.error.message}</Alert>
        ) : (
          <>
            <fieldset>
              <legend className="text-sm font-medium text-slate-700">
                {kind === 'delegate' ? 'Who takes it over?' : 'Who automates it?'}
              </legend>
              {kind === 'delegate' && data && (
                <p className="text-xs text-slate-500">
                  The step takes about {formatNumber(data.stepHoursPerWeek, 1)} h a week.
                </p>
              )}
              {data && data.teamSize > data.members.length && (
                <label className="mt-2 block text-xs font-medium text-slate-600">
                  Find a teammate
                  <input
                    type="search"
                    value={search}
                    onChange={(e) => setSearch(e.target.value)}
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
                      <input
                        type="radio"
                        name="assignee"
                        value={m.membershipId}
                        checked={assignee === m.membershipId}
                        onChange={() => {
                          setAssignee(m.membershipId);
                          setPicked(m);
                        }}
                      />
                      <span className="flex-1 font-medium">
                        {m.name}
                        {m.membershipId === data?.suggestedMemberId && kind === 'delegate' && (
                          <span className="ml-2 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-normal text-emerald-800">
                            suggested
                          </span>
                        )}
                      </span>
                      <span className="text-xs text-slate-500">
                        {formatMoney(m.hourlyCost, data?.currency ?? 'USD')}/h ·{' '}
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
                <p className="mt-1 text-sm text-red-600">{errors.assigneeMembershipId}</p>
              )}
            </fieldset>
            {over && chosen && data && (
              <p
                role="status"
                className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800"
              >
                {chosen.name} has {formatNumber(chosen.freeHoursPerWeek, 1)} h a week free for
                delegated work; this step takes {formatNumber(data.stepHoursPerWeek, 1)} h. You can
                still assign it.
              </p>
            )}
            <div className="grid gap-3 sm:grid-cols-2">
              <label className="text-sm font-medium text-slate-700">
                Due date
                <input
                  type="date"
                  value={dueDate}
                  onChange={(e) => setDueDate(e.target.value)}
                  aria-invalid={errors.dueDate ? true : undefined}
                  className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                />
                {errors.dueDate && (
                  <span className="mt-1 block text-sm font-normal text-red-600">
                    {errors.dueDate}
                  </span>
                )}
              </label>
            </div>
            <label className="block text-sm font-medium text-slate-700">
              Hand-off note
              <textarea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                rows={3}
                placeholder="What they need to know"
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-normal"
              />
              {errors.note && (
                <span className="mt-1 block text-sm font-normal text-red-600">{errors.note}</span>
              )}
            </label>
          </>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            disabled={create.isPending || accept.isPending || options.isPending}
          >
            {kind === 'delegate' ? 'Assign' : 'Create automation task'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
