import 'server-only';
import { and, asc, eq, inArray, isNull, like, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, processes, systems, users } from '@/db/schema';
import { entityIdsWithTitle } from '@/db/search';
import { pathTo, systemsWithAncestors } from './systems';

/**
 * Searches behind the pickers that could otherwise list a whole team (performer, subsystem,
 * process to link): a few matches per keystroke, never the team. Each answers at most `limit`.
 */

export type MemberOption = { membershipId: string; name: string; email: string };

/** Members whose name or email contains the text; the first ones by name when it is empty. */
export async function searchMembers(
  db: Db,
  { teamId, q, limit, ids }: { teamId: string; q: string; limit: number; ids?: string[] },
): Promise<MemberOption[]> {
  if (ids?.length === 0) return [];
  const text = q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select({ membershipId: memberships.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.teamId, teamId),
        ids ? inArray(memberships.id, ids) : undefined,
        text
          ? or(
              sql`lower(${users.name}) LIKE ${`%${text}%`} ESCAPE '\\'`,
              like(users.emailNormalized, `${text}%`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(memberships.id))
    .limit(limit);
}

export type SystemOption = { id: string; name: string; path: string[] };

/**
 * Live systems whose name has the words (as prefixes); with no words, the systems directly
 * under `within`. With `within`, only systems below it (not itself).
 */
export async function searchSystems(
  db: Db,
  {
    teamId,
    q,
    within,
    limit,
    ids: only,
    exclude,
  }: {
    teamId: string;
    q: string;
    within: string | null;
    limit: number;
    ids?: string[];
    /** Leave out this system and everything under it. */
    exclude?: string;
  },
): Promise<SystemOption[]> {
  let ids: string[];
  if (only) ids = only.slice(0, limit);
  else if (q.trim()) {
    // Over-fetch: some hits are archived or outside the zoom level.
    ids = await entityIdsWithTitle(db, { teamId, query: q, type: 'system', limit: limit * 5 });
  } else {
    const children = await db
      .select({ id: systems.id })
      .from(systems)
      .where(
        and(
          eq(systems.teamId, teamId),
          within ? eq(systems.parentId, within) : isNull(systems.parentId),
          isNull(systems.archivedAt),
        ),
      )
      .orderBy(asc(systems.name), asc(systems.id))
      .limit(limit + 1);
    ids = children.map((c) => c.id);
  }
  if (ids.length === 0) return [];
  const rows = await systemsWithAncestors(db, { teamId, ids });
  const options: SystemOption[] = [];
  for (const id of ids) {
    const chain = pathTo(rows, id);
    if (chain.length === 0) continue;
    if (chain.some((s) => s.archived)) continue;
    if (within && !chain.slice(0, -1).some((s) => s.id === within)) continue;
    if (exclude && chain.some((s) => s.id === exclude)) continue;
    options.push({ id, name: chain[chain.length - 1]!.name, path: chain.map((s) => s.name) });
    if (options.length === limit) break;
  }
  return options;
}

export type ProcessOption = { id: string; name: string; systemName: string };

/** Processes (not archived) whose name has the words, for linking a what-if to one. */
export async function searchProcesses(
  db: Db,
  {
    teamId,
    q,
    limit,
    excludeId,
    ids,
    withArchived = false,
  }: {
    teamId: string;
    q: string;
    limit: number;
    excludeId?: string;
    ids?: string[];
    /** Archived processes too (to name the ones what-ifs already link to). */
    withArchived?: boolean;
  },
): Promise<ProcessOption[]> {
  const found =
    ids ??
    (q.trim()
      ? await entityIdsWithTitle(db, { teamId, query: q, type: 'process', limit: limit + 1 })
      : null);
  if (found && found.length === 0) return [];
  const rows = await db
    .select({ id: processes.id, name: processes.name, systemName: systems.name })
    .from(processes)
    .innerJoin(systems, eq(systems.id, processes.systemId))
    .where(
      and(
        eq(processes.teamId, teamId),
        withArchived ? undefined : ne(processes.status, 'archived'),
        found ? inArray(processes.id, found) : undefined,
        excludeId ? ne(processes.id, excludeId) : undefined,
      ),
    )
    .orderBy(asc(processes.name), asc(processes.id))
    .limit(limit);
  return rows;
}
