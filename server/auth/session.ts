import 'server-only';
import { getServerSession } from 'next-auth';
import { connection } from 'next/server';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { findUserById } from '@/server/queries/users';
import { getAuthOptions } from './options';

export type SessionRef = { userId: string; sessionVersion: number };

/**
 * The signed-in user for this request, or null — also when the token's session version is behind
 * the user's (they signed out somewhere, or changed their password). Memoised per request.
 */
export const getSession = cache(async (): Promise<SessionRef | null> => {
  // Pages that read the session are per request: never prerender them at build time.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionVersion = session.user?.sessionVersion ?? 0;
  const user = await findUserById(getDb(), userId);
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return { userId, sessionVersion };
});

/** The signed-in user's id for this request, or null. */
export async function getSessionUserId(): Promise<string | null> {
  return (await getSession())?.userId ?? null;
}
