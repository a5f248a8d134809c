'use client';

import { useMutation } from '@tanstack/react-query';
import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { useHydrated } from '@/components/forms/use-hydrated';
import { signUpInput } from '@/server/routers/auth.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

export function SignUpForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string | null;
  defaultEmail?: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [signingIn, setSigningIn] = useState(false);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const form = useZodForm(signUpInput, {
    defaultValues: { name: '', email: defaultEmail ?? '', password: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await signUp.mutateAsync(values);
    } catch (err) {
      applyServerErrors(form, err);
      return;
    }
    setSigningIn(true);
    const res = await signIn('credentials', {
      email: values.email,
      password: values.password,
      redirect: false,
    });
    if (!res || res.error) {
      setSigningIn(false);
      // Sign-up never says whether the address had an account; signing in is what tells.
      form.setError('root.server', {
        message:
          'We could not sign you in with these details. If this email already has an account, we have sent it a note: sign in instead.',
      });
      return;
    }
    // New accounts name their business first, unless they came to join a team.
    router.replace(callbackUrl ?? '/onboarding');
    router.refresh();
  });

  const hydrated = useHydrated();
  const pending = signUp.isPending || signingIn;
  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">Create your account</h1>
      <FormAlert form={form} />
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormField form={form} name="name" label="Your name" autoComplete="name" required />
        <FormField
          form={form}
          name="email"
          label="Work email"
          type="email"
          autoComplete="email"
          // Also in the server-rendered HTML, before the form takes over.
          defaultValue={defaultEmail}
          required
        />
        <FormField
          form={form}
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
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
