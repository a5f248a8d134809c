import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { signInThrottles } from '@/db/schema';
import { withTransaction } from '@/db/transaction';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

/** When the email is locked out, the time it opens again; otherwise null. */
export async function signInLockedUntil(
  db: Db,
  emailNormalized: string,
  now = new Date(),
): Promise<Date | null> {
  const row = await first(
    db
      .select({ lockedUntil: signInThrottles.lockedUntil })
      .from(signInThrottles)
      .where(eq(signInThrottles.emailNormalized, emailNormalized)),
  );
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failed sign-in in a single upsert (no read-then-write race between app servers):
 * failures older than the window start a new count; the MAX_FAILURES-th within it locks the email.
 */
export async function recordSignInFailure(
  db: Db,
  emailNormalized: string,
  now = new Date(),
): Promise<void> {
  const t = signInThrottles;
  // Dates bound with the columns' own encoding: the same comparison on both engines.
  const windowStart = sql.param(new Date(now.getTime() - FAILURE_WINDOW_MS), t.windowStartedAt);
  const inWindow = sql`${t.windowStartedAt} >= ${windowStart}`;
  await withTransaction(db, (tx) =>
    tx
      .insert(t)
      .values({ emailNormalized, failures: 1, windowStartedAt: now, lockedUntil: null })
      .onConflictDoUpdate({
        target: t.emailNormalized,
        set: {
          failures: sql`CASE WHEN ${inWindow} THEN ${t.failures} + 1 ELSE 1 END`,
          windowStartedAt: sql`CASE WHEN ${inWindow} THEN ${t.windowStartedAt} ELSE ${sql.param(now, t.windowStartedAt)} END`,
          lockedUntil: sql`CASE WHEN ${inWindow} AND ${t.failures} + 1 >= ${MAX_FAILURES} THEN ${sql.param(new Date(now.getTime() + LOCK_MS), t.lockedUntil)} ELSE ${t.lockedUntil} END`,
        },
      }),
  );
}

export async function clearSignInFailures(db: Db, emailNormalized: string): Promise<void> {
  await withTransaction(db, (tx) =>
    tx.delete(signInThrottles).where(eq(signInThrottles.emailNormalized, emailNormalized)),
  );
}
