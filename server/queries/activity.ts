import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { activities, users, type ActivityKind } from '@/db/schema';
import { newestFirst, olderThan, type PageBefore } from './newest-first';
import { timeOrderedId } from '@/db/time-ordered-id';

export type ActivityInput = {
  teamId: string;
  actorUserId: string | null;
  /** For changes to a process or its steps: they show in that process's history. */
  processId?: string;
  kind: ActivityKind;
  summary: string;
  data?: Record<string, unknown>;
};

/** Appends to the log inside the caller's transaction, so the record and the change land together. */
export async function logActivity(tx: Tx, entry: ActivityInput): Promise<void> {
  // A time-ordered id: entries of the same millisecond list in the order they happened.
  const createdAt = new Date();
  await tx
    .insert(activities)
    .values({ ...entry, id: timeOrderedId(createdAt), createdAt, data: entry.data ?? null });
}

export type ActivityEntry = {
  id: string;
  kind: ActivityKind;
  summary: string;
  createdAt: Date;
  actorName: string | null;
  data: Record<string, unknown> | null;
};

/** Newest first, a page at a time; `before` is the last entry of the previous page. */
export async function listActivities(
  db: Db,
  {
    teamId,
    processId,
    limit,
    before,
  }: {
    teamId: string;
    processId?: string;
    limit: number;
    before?: PageBefore;
  },
): Promise<ActivityEntry[]> {
  const a = activities;
  return db
    .select({
      id: a.id,
      kind: a.kind,
      summary: a.summary,
      createdAt: a.createdAt,
      actorName: users.name,
      data: a.data,
    })
    .from(a)
    .leftJoin(users, eq(users.id, a.actorUserId))
    .where(
      and(
        eq(a.teamId, teamId),
        processId ? eq(a.processId, processId) : undefined,
        olderThan(a.createdAt, a.id, before),
      ),
    )
    .orderBy(...newestFirst(a.createdAt, a.id))
    .limit(limit);
}
