import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { withTransaction } from '@/db/transaction';

/** The counter of one kind of work (a rule's bucket) for one user or one team. */
export function rateLimitKey(bucket: string, per: 'user' | 'team', id: string): string {
  return `${bucket}:${per}:${id}`;
}

/**
 * Counts one request against `key` in a fixed window, in a single upsert (no read-then-write
 * race between app servers): a window older than `windowMs` starts again at 1. Returns the
 * count in the current window and when that window ends.
 */
export async function countRequest(
  db: Db,
  { key, windowMs, now = new Date() }: { key: string; windowMs: number; now?: Date },
): Promise<{ hits: number; resetsAt: Date }> {
  const t = rateLimits;
  const cutoff = sql.param(new Date(now.getTime() - windowMs), t.windowStartedAt);
  const inWindow = sql`${t.windowStartedAt} > ${cutoff}`;
  // One statement is atomic on both engines: concurrent requests each get their own count.
  const [row] = await withTransaction(db, (tx) =>
    tx
      .insert(t)
      .values({ key, hits: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: t.key,
        set: {
          hits: sql`CASE WHEN ${inWindow} THEN ${t.hits} + 1 ELSE 1 END`,
          windowStartedAt: sql`CASE WHEN ${inWindow} THEN ${t.windowStartedAt} ELSE ${sql.param(now, t.windowStartedAt)} END`,
        },
      })
      .returning({ hits: t.hits, windowStartedAt: t.windowStartedAt }),
  );
  return { hits: row!.hits, resetsAt: new Date(row!.windowStartedAt.getTime() + windowMs) };
}

/** Forgets a team's counters (the team is being deleted), inside the caller's transaction. */
export async function deleteTeamRateLimits(
  tx: Tx,
  { teamId, buckets }: { teamId: string; buckets: readonly string[] },
): Promise<void> {
  const keys = buckets.map((bucket) => rateLimitKey(bucket, 'team', teamId));
  if (keys.length > 0) await tx.delete(rateLimits).where(inArray(rateLimits.key, keys));
}
