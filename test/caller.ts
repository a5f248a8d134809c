import type { Db } from '@/db/client';
import type { Mailer } from '@/server/email/mailer';
import { localEngineFor } from '@/server/report/local-engine';
import { appRouter } from '@/server/routers/_app';
import { createCallerFactory } from '@/server/trpc/init';
import { findUserByEmail } from '@/server/queries/users';

const createCaller = createCallerFactory(appRouter);

/** The real router, called as the given user (or signed out), against a real database. */
export function callerFor(
  db: Db,
  userId: string | null = null,
  mailer: Mailer | null = null,
  sessionVersion = 0,
) {
  return createCaller({
    db,
    userId,
    sessionVersion: userId ? sessionVersion : null,
    origin: 'http://opslens.test',
    mailer,
    report: localEngineFor(db),
  });
}

let counter = 0;
/** Signs up a fresh user through the router and returns a caller acting as them. */
export async function signedUpUser(db: Db, name = 'Test User', emailArg?: string) {
  counter += 1;
  const email = emailArg ?? `user${counter}-${Date.now()}@example.com`;
  await callerFor(db).auth.signUp({ name, email, password: 'correct horse battery' });
  const { id } = (await findUserByEmail(db, email))!;
  return { id, email, password: 'correct horse battery', api: callerFor(db, id) };
}
