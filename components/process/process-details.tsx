'use client';

import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { fieldMessagesFromServer, type FieldMessages } from '@/components/forms/field-errors';
import { FrequencyFields, readFrequency } from '@/components/process/frequency-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { MemberPicker } from '@/components/pickers/member-picker';
import type { ComboOption } from '@/components/ui/combobox';
import { SelectField } from '@/components/ui/select';
import { PROCESS_STATUSES } from '@/db/process-enums';
import { frequencyOf } from '@/server/process-frequency';
import { useTRPC } from '@/trpc/client';
import type { ProcessData } from './types';

const STATUS_STYLE = {
  draft: 'bg-amber-50 text-amber-800',
  active: 'bg-emerald-50 text-emerald-800',
  archived: 'bg-slate-100 text-slate-500',
} as const;

/** The process's name, purpose, trigger, owner, frequency and status, with an edit form. */
export function ProcessDetails({ teamId, processId }: { teamId: string; processId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { teamId, processId };
  // Prefetched by the page and hydrated (newer than any cached copy), so this never suspends.
  const { data } = useSuspenseQuery(trpc.process.get.queryOptions(input));
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const update = useMutation(trpc.process.update.mutationOptions());
  const p = data.process;
  const owner = data.people.find((m) => m.membershipId === p.ownerMembershipId)?.name;
  const [ownerChoice, setOwnerChoice] = useState<ComboOption | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setFields({});
    setFormError('');
    try {
      const saved = await update.mutateAsync({
        ...input,
        version: p.version,
        name: String(form.get('name') ?? ''),
        purpose: String(form.get('purpose') ?? ''),
        trigger: String(form.get('trigger') ?? ''),
        ownerMembershipId: String(form.get('ownerMembershipId') ?? '') || null,
        status: String(form.get('status')) as (typeof PROCESS_STATUSES)[number],
        frequency: readFrequency(form),
      });
      queryClient.setQueryData<ProcessData>(
        trpc.process.get.queryKey(input),
        (d) =>
          d && {
            ...d,
            process: saved,
            people:
              ownerChoice && !d.people.some((m) => m.membershipId === ownerChoice.id)
                ? [...d.people, { membershipId: ownerChoice.id, name: ownerChoice.label }]
                : d.people,
          },
      );
      void queryClient.invalidateQueries({ queryKey: trpc.process.history.queryKey(input) });
      toast.success('Process saved.');
      setEditing(false);
    } catch (err) {
      // The form stays open with what was typed; a conflict says who changed it.
      setFields(fieldMessagesFromServer(err));
      const message = (err as Error).message;
      setFormError(message);
      toast.error(message);
    }
  }

  if (!editing) {
    return (
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">
            {p.name}{' '}
            <span
              className={`ml-1 rounded-full px-2 py-0.5 align-middle text-xs font-normal capitalize ${STATUS_STYLE[p.status]}`}
            >
              {p.status}
            </span>
          </h1>
          {p.purpose && <p className="max-w-2xl text-sm text-slate-600">{p.purpose}</p>}
          <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-600">
            {p.trigger && (
              <div>
                <dt className="inline text-slate-500">Trigger </dt>
                <dd className="inline">{p.trigger}</dd>
              </div>
            )}
            <div>
              <dt className="inline text-slate-500">Owner </dt>
              <dd className="inline">{owner ?? 'No owner'}</dd>
            </div>
          </dl>
        </div>
        <Button
          variant="secondary"
          onClick={() => {
            setOwnerChoice(
              p.ownerMembershipId ? { id: p.ownerMembershipId, label: owner ?? '' } : null,
            );
            setEditing(true);
          }}
        >
          Edit process
        </Button>
      </div>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Edit process"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      {formError && <Alert>{formError}</Alert>}
      <Field label="Process name" name="name" defaultValue={p.name} error={fields.name} />
      <Field label="Purpose" name="purpose" defaultValue={p.purpose} error={fields.purpose} />
      <Field label="Trigger" name="trigger" defaultValue={p.trigger} error={fields.trigger} />
      <div className="grid gap-3 sm:grid-cols-2">
        <MemberPicker
          teamId={teamId}
          label="Owner"
          name="ownerMembershipId"
          noneLabel="No owner"
          value={ownerChoice}
          onChange={setOwnerChoice}
          error={fields.ownerMembershipId}
        />
        <SelectField label="Status" name="status" defaultValue={p.status}>
          {PROCESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </SelectField>
      </div>
      <FrequencyFields defaultValue={frequencyOf(p)} errors={fields} />
      <div className="flex gap-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save process'}
        </Button>
        <Button variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
