'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormActions, FormCard, useZodForm } from '@/components/ui/form';
import { systemFieldsSchema } from '@/server/routers/system.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

const formSchema = systemFieldsSchema.pick({ name: true, description: true });

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
  const create = useMutation(trpc.system.create.mutationOptions());
  const form = useZodForm(formSchema, { defaultValues: { name: '', description: '' } });
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync({ teamId, parentId, ...values });
      form.reset();
      setOpen(false);
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={!hydrated}>
        {parentId ? '+ New subsystem' : '+ New system'}
      </Button>
    );
  }
  return (
    <FormCard form={form} onSubmit={onSubmit} label={parentId ? 'New subsystem' : 'New system'}>
      <p className="text-sm text-slate-600">
        {parentId ? `A new subsystem of ${parentName}.` : 'A new system of the business.'}
      </p>
      <FormField
        form={form}
        name="name"
        label="System name"
        placeholder="e.g. Accounts receivable"
        autoFocus
      />
      <FormField form={form} name="description" label="Description (optional)" />
      <FormActions
        submitLabel="Create system"
        pendingLabel="Creating…"
        pending={isSubmitting}
        onCancel={() => setOpen(false)}
      />
    </FormCard>
  );
}
