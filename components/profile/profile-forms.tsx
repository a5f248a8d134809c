'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { changePasswordSchema, updateProfileSchema } from '@/server/routers/user.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

const SECTION = 'space-y-4 rounded-xl border border-slate-200 bg-white p-5';

/** The signed-in user's name and password, each its own small form. */
export function ProfileForms({
  user,
}: {
  user: { name: string; email: string; hasPassword: boolean };
}) {
  return (
    <>
      {/* Keyed so a saved name (after the refresh) becomes the field's stored value. */}
      <NameForm key={user.name} name={user.name} />
      {user.hasPassword ? (
        <PasswordForm email={user.email} />
      ) : (
        <section aria-labelledby="password-heading" className={SECTION}>
          <h2 id="password-heading" className="text-base font-semibold">
            Password
          </h2>
          <p className="text-sm text-slate-600">
            You sign in with GitHub or Google, so your account has no password to change.
          </p>
        </section>
      )}
    </>
  );
}

function NameForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const save = useMutation(trpc.user.updateProfile.mutationOptions());
  const form = useZodForm(updateProfileSchema, { defaultValues: { name } });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      toast.success('Name saved.');
      // The header and the members list are server-rendered: show them the new name.
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="name-heading" className={SECTION}>
      <div>
        <h2 id="name-heading" className="text-base font-semibold">
          Your name
        </h2>
        <p className="text-sm text-slate-600">
          How teammates see you: in the header, the members list, assignments and the report.
        </p>
      </div>
      <FormAlert form={form} />
      <FormField
        form={form}
        name="name"
        label="Name"
        autoComplete="name"
        // Also in the server-rendered HTML, before the form takes over.
        defaultValue={name}
        maxLength={100}
        required
      />
      <Button type="submit" disabled={!hydrated || save.isPending}>
        {save.isPending ? 'Saving…' : 'Save name'}
      </Button>
    </form>
  );
}

function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const change = useMutation(trpc.user.changePassword.mutationOptions());
  const form = useZodForm(changePasswordSchema, {
    defaultValues: { currentPassword: '', newPassword: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await change.mutateAsync(values);
      form.reset();
      // The change ended every session, this one too: sign in again with the new password.
      toast.success('Password changed: sign in again with the new one.');
      await signOut({ callbackUrl: '/sign-in' });
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="password-heading" className={SECTION}>
      <h2 id="password-heading" className="text-base font-semibold">
        Change password
      </h2>
      <FormAlert form={form} />
      {/* For password managers: which account this password belongs to. Not submitted. */}
      <input
        type="email"
        autoComplete="username"
        value={email}
        readOnly
        hidden
        aria-hidden
        tabIndex={-1}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          form={form}
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
        />
        <FormField
          form={form}
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          required
        />
      </div>
      <Button type="submit" disabled={!hydrated || change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
