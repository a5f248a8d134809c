'use client';

import { useMutation } from '@tanstack/react-query';
import { signIn } from 'next-auth/react';
import Link from 'next/link';
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
import { signUpInput } from '@/server/routers/auth.schema';
import { useTRPC } from '@/trpc/client';

export function SignUpForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string | null;
  defaultEmail?: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const [signingIn, setSigningIn] = useState(false);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError('');
    const raw = Object.fromEntries(new FormData(e.currentTarget));
    const parsed = signUpInput.safeParse(raw);
    if (!parsed.success) return setFields(fieldMessagesFromZod(parsed.error));
    setFields({});
    try {
      await signUp.mutateAsync(parsed.data);
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
      return;
    }
    setSigningIn(true);
    const res = await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
    if (!res || res.error) {
      setSigningIn(false);
      setFormError('Your account was created, but signing in failed. Please sign in.');
      return;
    }
    // New accounts name their business first, unless they came to join a team.
    router.replace(callbackUrl ?? '/onboarding');
    router.refresh();
  }

  const hydrated = useHydrated();
  const pending = signUp.isPending || signingIn;
  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">Create your account</h1>
      {formError && <Alert>{formError}</Alert>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Your name" name="name" autoComplete="name" error={fields.name} required />
        <Field
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={defaultEmail}
          error={fields.email}
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          error={fields.password}
          required
        />
        <Button type="submit" className="w-full" disabled={!hydrated || pending}>
          {pending ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{' '}
        <Link
          href={`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
          className="font-medium text-brand-600 hover:underline"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
