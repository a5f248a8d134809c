import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackUrl } from '@/components/auth/safe-callback-url';
import { getDb } from '@/db/client';
import { getSessionUserId } from '@/server/auth/session';
import { oauthProviders } from '@/server/auth/options';
import { DEMO_EMAIL, DEMO_PASSWORD, isDemoEnabled } from '@/server/demo/account';
import { findUserByEmail } from '@/server/queries/users';

export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  OAuthNoEmail: 'Your account there has no public email address; sign up with email instead.',
  OAuthAccountNotLinked:
    'An account with this email signs in with a password. Sign in with your email and password instead.',
  OAuthUnverified: 'Your Google account’s email is not verified, so it cannot sign you in here.',
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);

  const demoAvailable = isDemoEnabled() && Boolean(await findUserByEmail(getDb(), DEMO_EMAIL));
  const errorKey = typeof params.error === 'string' ? params.error : undefined;
  return (
    <SignInForm
      callbackUrl={callbackUrl}
      demo={demoAvailable ? { email: DEMO_EMAIL, password: DEMO_PASSWORD } : null}
      oauth={oauthProviders().map((p) => ({ id: p.id, name: p.name }))}
      initialError={
        errorKey ? (ERRORS[errorKey] ?? 'Sign-in did not work. Please try again.') : undefined
      }
    />
  );
}
