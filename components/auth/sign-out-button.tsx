'use client';

import { signOut } from 'next-auth/react';
import { useHydrated } from '@/components/forms/use-hydrated';

export function SignOutButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => void signOut({ callbackUrl: '/sign-in' })}
      className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      Sign out
    </button>
  );
}
