'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import {
  fieldMessagesFromServer,
  formMessageFromServer,
  type FieldMessages,
} from '@/components/forms/field-errors';
import { fieldMessagesFromZod } from '@/components/forms/zod-field-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useHydrated } from '@/components/forms/use-hydrated';
import { createTeamInput } from '@/server/routers/team.schema';
import { useTRPC } from '@/trpc/client';

export function CreateTeamForm({ submitLabel = 'Create team' }: { submitLabel?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const create = useMutation(trpc.team.create.mutationOptions());
  const hydrated = useHydrated();

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError('');
    const parsed = createTeamInput.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (!parsed.success) return setFields(fieldMessagesFromZod(parsed.error));
    setFields({});
    try {
      const team = await create.mutateAsync(parsed.data);
      router.push(`/t/${team.slug}`);
      router.refresh();
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError && <Alert>{formError}</Alert>}
      <Field
        label="Business name"
        name="name"
        placeholder="e.g. Northwind Creative"
        autoComplete="organization"
        hint="You can change it later. Your team's web address is made from it."
        error={fields.name}
        required
      />
      <Button
        type="submit"
        className="w-full"
        disabled={!hydrated || create.isPending || create.isSuccess}
      >
        {create.isPending || create.isSuccess ? 'Creating…' : submitLabel}
      </Button>
    </form>
  );
}
