'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { useHydrated } from '@/components/forms/use-hydrated';
import { createTeamInput } from '@/server/routers/team.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

export function CreateTeamForm({ submitLabel = 'Create team' }: { submitLabel?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.team.create.mutationOptions());
  const hydrated = useHydrated();
  const form = useZodForm(createTeamInput, { defaultValues: { name: '' } });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const team = await create.mutateAsync(values);
      router.push(`/t/${team.slug}`);
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert form={form} />
      <FormField
        form={form}
        name="name"
        label="Business name"
        placeholder="e.g. Northwind Creative"
        autoComplete="organization"
        hint="You can change it later. Your team's web address is made from it."
        required
      />
      {/* Stays disabled after success: the page is on its way to the new team. */}
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
