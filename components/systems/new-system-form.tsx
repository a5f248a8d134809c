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

/** Adds a system at this level: top level (parentId null) or as a subsystem. */
export function NewSystemForm({
  teamId,
  parentId,
  parentName,
}: {
  teamId: string;
  parentId: string | null;
  parentName: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const create = useMutation(trpc.system.create.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setFields({});
    setFormError('');
    try {
      await create.mutateAsync({
        teamId,
        parentId,
        name: String(data.get('name') ?? ''),
        description: String(data.get('description') ?? ''),
      });
      form.reset();
      setOpen(false);
      router.refresh();
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={!hydrated}>
        {parentId ? '+ New subsystem' : '+ New system'}
      </Button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
      aria-label={parentId ? 'New subsystem' : 'New system'}
    >
      <p className="text-sm text-slate-600">
        {parentId ? `A new subsystem of ${parentName}.` : 'A new system of the business.'}
      </p>
      {formError && <Alert>{formError}</Alert>}
      <Field
        label="System name"
        name="name"
        placeholder="e.g. Accounts receivable"
        error={fields.name}
        autoFocus
      />
      <Field label="Description (optional)" name="description" error={fields.description} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create system'}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
