import 'server-only';
import { getServerSession } from 'next-auth';
import { connection } from 'next/server';
import { cache } from 'react';
import { getAuthOptions } from './options';

/** The signed-in user's id for this request, or null. Memoised per request. */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  // Pages that read the session are per request: never prerender them at build time.
  await connection();
  const session = await getServerSession(getAuthOptions());
  return session?.user?.id ?? null;
});
