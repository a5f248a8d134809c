'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { systemFieldsSchema } from '@/server/routers/system.schema';
import { useTRPC } from '@/trpc/client';

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
  const { errors, isSubmitting } = form.formState;

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
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
      aria-label={parentId ? 'New subsystem' : 'New system'}
    >
      <p className="text-sm text-slate-600">
        {parentId ? `A new subsystem of ${parentName}.` : 'A new system of the business.'}
      </p>
      <FormAlert form={form} />
      <Field
        label="System name"
        placeholder="e.g. Accounts receivable"
        error={errors.name?.message}
        autoFocus
        {...form.register('name')}
      />
      <Field
        label="Description (optional)"
        error={errors.description?.message}
        {...form.register('description')}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create system'}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
