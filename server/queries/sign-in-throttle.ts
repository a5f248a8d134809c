import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { signInThrottles } from '@/db/schema';
import { withTransaction } from '@/db/transaction';

// Counters of failed password checks, one row per key (the column keeps its first name,
// email_normalized, but holds any key): "pair:<address>|<email>", "addr:<address>",
// "email:<email>", "password:<email>".

export type ThrottleRule = { max: number; windowMs: number; lockMs: number };

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

/** One address guessing one account's password: locked out of that account after 5. */
export const PAIR_RULE: ThrottleRule = {
  max: MAX_FAILURES,
  windowMs: FAILURE_WINDOW_MS,
  lockMs: LOCK_MS,
};
/** One address trying many accounts (password spraying): locked out after 30. */
export const ADDRESS_RULE: ThrottleRule = { max: 30, windowMs: FAILURE_WINDOW_MS, lockMs: LOCK_MS };
/**
 * Every address together on one account: never locked (a stranger must not be able to lock
 * someone out), only slowed — after 10 failures, 30 seconds between tries.
 */
export const ACCOUNT_RULE: ThrottleRule = { max: 10, windowMs: FAILURE_WINDOW_MS, lockMs: 30_000 };

/** When the key is locked (or slowed), the time it opens again; otherwise null. */
export async function signInLockedUntil(
  db: Db,
  key: string,
  now = new Date(),
): Promise<Date | null> {
  const row = await first(
    db
      .select({ lockedUntil: signInThrottles.lockedUntil })
      .from(signInThrottles)
      .where(eq(signInThrottles.emailNormalized, key)),
  );
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failure in a single upsert (no read-then-write race between app servers):
 * failures older than the window start a new count; from the rule's max-th on, each failure
 * closes the key for the rule's lock time.
 */
export async function recordSignInFailure(
  db: Db,
  key: string,
  now = new Date(),
  rule: ThrottleRule = PAIR_RULE,
): Promise<void> {
  const emailNormalized = key;
  const t = signInThrottles;
  // Dates bound with the columns' own encoding: the same comparison on both engines.
  const windowStart = sql.param(new Date(now.getTime() - rule.windowMs), t.windowStartedAt);
  const inWindow = sql`${t.windowStartedAt} >= ${windowStart}`;
  await withTransaction(db, (tx) =>
    tx
      .insert(t)
      .values({
        emailNormalized,
        failures: 1,
        windowStartedAt: now,
        lockedUntil: rule.max <= 1 ? new Date(now.getTime() + rule.lockMs) : null,
      })
      .onConflictDoUpdate({
        target: t.emailNormalized,
        set: {
          failures: sql`CASE WHEN ${inWindow} THEN ${t.failures} + 1 ELSE 1 END`,
          windowStartedAt: sql`CASE WHEN ${inWindow} THEN ${t.windowStartedAt} ELSE ${sql.param(now, t.windowStartedAt)} END`,
          lockedUntil: sql`CASE WHEN ${inWindow} AND ${t.failures} + 1 >= ${rule.max} THEN ${sql.param(new Date(now.getTime() + rule.lockMs), t.lockedUntil)} ELSE ${t.lockedUntil} END`,
        },
      }),
  );
}

export async function clearSignInFailures(db: Db, ...keys: string[]): Promise<void> {
  await withTransaction(db, (tx) =>
    tx.delete(signInThrottles).where(inArray(signInThrottles.emailNormalized, keys)),
  );
}
