import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeCallbackUrl } from '@/components/auth/safe-callback-url';
import { getSessionUserId } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  if (await getSessionUserId()) redirect(safeCallbackUrl(params.callbackUrl));
  const callbackUrl = params.callbackUrl ? safeCallbackUrl(params.callbackUrl) : null;
  const email = typeof params.email === 'string' ? params.email.slice(0, 254) : undefined;
  return <SignUpForm callbackUrl={callbackUrl} defaultEmail={email} />;
}
