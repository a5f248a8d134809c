'use client';

import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { toast } from '@/components/ui/toast';
import { FrequencyFields, frequencyDefaults, frequencyError } from './frequency-fields';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { applyServerErrors, FormActions, FormCard, useZodForm } from '@/components/ui/form';
import { MemberPicker } from '@/components/pickers/member-picker';
import type { ComboOption } from '@/components/ui/combobox';
import { SelectField } from '@/components/ui/select';
import { PROCESS_STATUSES } from '@/db/process-enums';
import { frequencyOf } from '@/server/process-frequency';
import { processFieldsSchema } from '@/server/routers/process.schema';
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
  // Prefetched by the page and hydrated (newer than any cached copy), so this never suspends.
  const { data } = useSuspenseQuery(trpc.process.get.queryOptions({ teamId, processId }));
  const [editing, setEditing] = useState(false);
  const p = data.process;
  const owner = data.people.find((m) => m.membershipId === p.ownerMembershipId)?.name;

  if (editing) {
    // Mounted on opening, so each opening starts from the process as it is now.
    return (
      <ProcessEditForm
        teamId={teamId}
        processId={processId}
        process={p}
        ownerName={owner}
        onClose={() => setEditing(false)}
      />
    );
  }
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
      <Button variant="secondary" onClick={() => setEditing(true)}>
        Edit process
      </Button>
    </div>
  );
}

function ProcessEditForm({
  teamId,
  processId,
  process: p,
  ownerName,
  onClose,
}: {
  teamId: string;
  processId: string;
  process: ProcessData['process'];
  ownerName: string | undefined;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { teamId, processId };
  const update = useMutation(trpc.process.update.mutationOptions());
  // The picker shows a name; the form holds the id.
  const [ownerChoice, setOwnerChoice] = useState<ComboOption | null>(
    p.ownerMembershipId ? { id: p.ownerMembershipId, label: ownerName ?? '' } : null,
  );
  const form = useZodForm(processFieldsSchema, {
    defaultValues: {
      name: p.name,
      purpose: p.purpose,
      trigger: p.trigger,
      ownerMembershipId: p.ownerMembershipId,
      status: p.status,
      frequency: frequencyDefaults(frequencyOf(p)),
    },
  });
  const { errors } = form.formState;
  const onDemand = useWatch({ control: form.control, name: 'frequency.period' }) === 'on_demand';

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync({ ...input, version: p.version, ...values });
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
      onClose();
    } catch (err) {
      // The form stays open with what was typed; a conflict says who changed it.
      applyServerErrors(form, err);
      toast.error((err as Error).message);
    }
  });

  return (
    <FormCard form={form} onSubmit={onSubmit} label="Edit process">
      <Field label="Process name" error={errors.name?.message} {...form.register('name')} />
      <Field label="Purpose" error={errors.purpose?.message} {...form.register('purpose')} />
      <Field label="Trigger" error={errors.trigger?.message} {...form.register('trigger')} />
      <div className="grid gap-3 sm:grid-cols-2">
        <MemberPicker
          teamId={teamId}
          label="Owner"
          noneLabel="No owner"
          value={ownerChoice}
          onChange={(option) => {
            setOwnerChoice(option);
            form.setValue('ownerMembershipId', option?.id ?? null, { shouldDirty: true });
          }}
          error={errors.ownerMembershipId?.message}
        />
        <SelectField label="Status" error={errors.status?.message} {...form.register('status')}>
          {PROCESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </SelectField>
      </div>
      <FrequencyFields
        onDemand={onDemand}
        amount={form.register(onDemand ? 'frequency.runsPerYear' : 'frequency.count', {
          valueAsNumber: true,
        })}
        period={form.register('frequency.period')}
        error={frequencyError(errors.frequency, onDemand)}
      />
      <FormActions
        submitLabel="Save process"
        pendingLabel="Saving…"
        pending={update.isPending}
        onCancel={onClose}
      />
    </FormCard>
  );
}
