'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { signOut } from 'next-auth/react';
import { toast } from 'sonner';
import {
  fieldMessagesFromServer,
  formMessageFromServer,
  type FieldMessages,
} from '@/components/forms/field-errors';
import { fieldMessagesFromZod } from '@/components/forms/zod-field-errors';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { changePasswordSchema, updateProfileSchema } from '@/server/routers/user.schema';
import { useTRPC } from '@/trpc/client';

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
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const save = useMutation(trpc.user.updateProfile.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError('');
    const parsed = updateProfileSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (!parsed.success) return setFields(fieldMessagesFromZod(parsed.error));
    setFields({});
    try {
      await save.mutateAsync(parsed.data);
      toast.success('Name saved.');
      // The header and the members list are server-rendered: show them the new name.
      router.refresh();
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

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
      {formError && <Alert>{formError}</Alert>}
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={name}
        maxLength={100}
        error={fields.name}
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
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const change = useMutation(trpc.user.changePassword.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setFormError('');
    const parsed = changePasswordSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) return setFields(fieldMessagesFromZod(parsed.error));
    setFields({});
    try {
      await change.mutateAsync(parsed.data);
      form.reset();
      // The change ended every session, this one too: sign in again with the new password.
      toast.success('Password changed: sign in again with the new one.');
      await signOut({ callbackUrl: '/sign-in' });
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="password-heading" className={SECTION}>
      <h2 id="password-heading" className="text-base font-semibold">
        Change password
      </h2>
      {formError && <Alert>{formError}</Alert>}
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
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={fields.currentPassword}
          required
        />
        <Field
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          error={fields.newPassword}
          required
        />
      </div>
      <Button type="submit" disabled={!hydrated || change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
