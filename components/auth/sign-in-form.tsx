'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useHydrated } from '@/components/forms/use-hydrated';

type Props = {
  callbackUrl: string;
  demo: { email: string; password: string } | null;
  oauth: { id: string; name: string }[];
  initialError?: string;
};

export function SignInForm({ callbackUrl, demo, oauth, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState(initialError ?? '');
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function submit(email: string, password: string) {
    setPending(true);
    setError('');
    const res = await signIn('credentials', { email, password, redirect: false });
    if (!res || res.error) {
      setPending(false);
      setError(
        res?.error && res.error !== 'CredentialsSignin' ? res.error : 'Wrong email or password.',
      );
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  // No schema in the browser (auth.schema's rules are for choosing a password): every refusal
  // stays the server's own, "Wrong email or password." for an empty or malformed box too.
  const form = useForm({ defaultValues: { email: '', password: '' } });
  const onSubmit = form.handleSubmit(({ email, password }) => submit(email, password));

  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">Sign in</h1>
      {error && <Alert>{error}</Alert>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.register('email')}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          {...form.register('password')}
        />
        <Button type="submit" className="w-full" disabled={!hydrated || pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {oauth.length > 0 && (
        <div className="space-y-2">
          <p className="text-center text-xs uppercase tracking-wide text-slate-400">or</p>
          {oauth.map((p) => (
            <Button
              key={p.id}
              variant="secondary"
              className="w-full"
              onClick={() => void signIn(p.id, { callbackUrl })}
            >
              Continue with {p.name}
            </Button>
          ))}
        </div>
      )}
      {demo && (
        <div className="rounded-md border border-dashed border-brand-500/40 bg-brand-50 p-3 text-sm">
          <p className="text-slate-700">
            Look around first: the demo team comes with its business already written down.
          </p>
          <Button
            variant="secondary"
            className="mt-2 w-full"
            disabled={!hydrated || pending}
            onClick={() => void submit(demo.email, demo.password)}
          >
            Try the demo
          </Button>
          <p className="mt-2 text-xs text-slate-600">
            {demo.email} · {demo.password}
          </p>
        </div>
      )}
      <p className="text-center text-sm text-slate-600">
        New to Opslens?{' '}
        <Link
          href={`/sign-up${callbackUrl !== '/' ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
          className="font-medium text-brand-600 hover:underline"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
