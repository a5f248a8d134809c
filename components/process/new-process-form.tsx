'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FrequencyFields, frequencyDefaults, frequencyError } from './frequency-fields';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormActions, FormCard, useZodForm } from '@/components/ui/form';
import { processFieldsSchema } from '@/server/routers/process.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

const formSchema = processFieldsSchema.pick({
  name: true,
  purpose: true,
  trigger: true,
  frequency: true,
});

export function NewProcessForm({
  teamId,
  teamSlug,
  systemId,
}: {
  teamId: string;
  teamSlug: string;
  systemId: string;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} disabled={!hydrated}>
        + New process
      </Button>
    );
  }
  // Mounted on opening, so each opening starts from the defaults.
  return (
    <NewProcessFields
      teamId={teamId}
      teamSlug={teamSlug}
      systemId={systemId}
      onCancel={() => setOpen(false)}
    />
  );
}

function NewProcessFields({
  teamId,
  teamSlug,
  systemId,
  onCancel,
}: {
  teamId: string;
  teamSlug: string;
  systemId: string;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.process.create.mutationOptions());
  const form = useZodForm(formSchema, {
    defaultValues: { name: '', purpose: '', trigger: '', frequency: frequencyDefaults() },
  });
  const { errors } = form.formState;
  const onDemand = useWatch({ control: form.control, name: 'frequency.period' }) === 'on_demand';

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const process = await create.mutateAsync({ teamId, systemId, ...values });
      router.push(`/t/${teamSlug}/processes/${process.id}`);
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <FormCard form={form} onSubmit={onSubmit} label="New process">
      <FormField
        form={form}
        name="name"
        label="Process name"
        placeholder="e.g. Send monthly invoices"
        autoFocus
      />
      <FormField
        form={form}
        name="purpose"
        label="Purpose (optional)"
        placeholder="Why it exists"
      />
      <FormField
        form={form}
        name="trigger"
        label="Trigger (optional)"
        placeholder="What starts it"
      />
      <FrequencyFields
        onDemand={onDemand}
        amount={form.register(onDemand ? 'frequency.runsPerYear' : 'frequency.count', {
          valueAsNumber: true,
        })}
        period={form.register('frequency.period')}
        error={frequencyError(errors.frequency, onDemand)}
      />
      {/* Stays pending after success: the page is on its way to the new process. */}
      <FormActions
        submitLabel="Create process"
        pendingLabel="Creating…"
        pending={create.isPending || create.isSuccess}
        onCancel={onCancel}
      />
    </FormCard>
  );
}
