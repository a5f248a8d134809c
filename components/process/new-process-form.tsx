'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import {
  fieldMessagesFromServer,
  formMessageFromServer,
  type FieldMessages,
} from '@/components/forms/field-errors';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useTRPC } from '@/trpc/client';
import { FrequencyFields, readFrequency } from './frequency-fields';

export function NewProcessForm({
  teamId,
  teamSlug,
  systemId,
}: {
  teamId: string;
  teamSlug: string;
  systemId: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const create = useMutation(trpc.process.create.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setFields({});
    setFormError('');
    try {
      const process = await create.mutateAsync({
        teamId,
        systemId,
        name: String(data.get('name') ?? ''),
        purpose: String(data.get('purpose') ?? ''),
        trigger: String(data.get('trigger') ?? ''),
        frequency: readFrequency(data),
      });
      router.push(`/t/${teamSlug}/processes/${process.id}`);
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} disabled={!hydrated}>
        + New process
      </Button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New process"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      {formError && <Alert>{formError}</Alert>}
      <Field
        label="Process name"
        name="name"
        placeholder="e.g. Send monthly invoices"
        error={fields.name}
        autoFocus
      />
      <Field
        label="Purpose (optional)"
        name="purpose"
        placeholder="Why it exists"
        error={fields.purpose}
      />
      <Field
        label="Trigger (optional)"
        name="trigger"
        placeholder="What starts it"
        error={fields.trigger}
      />
      <FrequencyFields errors={fields} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || create.isSuccess}>
          {create.isPending || create.isSuccess ? 'Creating…' : 'Create process'}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
