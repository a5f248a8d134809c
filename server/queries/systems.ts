import 'server-only';
import { and, asc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { systems, type System } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { assertMemberOfTeam, systemOfTeam } from './team-refs';

/** Every system of the team (archived too), in sibling order: the tree is assembled in memory. */
export async function listSystems(db: Db, { teamId }: { teamId: string }): Promise<System[]> {
  return db
    .select()
    .from(systems)
    .where(eq(systems.teamId, teamId))
    .orderBy(asc(systems.position), asc(systems.name), asc(systems.id));
}

const siblingsOf = (teamId: string, parentId: string | null) =>
  and(
    eq(systems.teamId, teamId),
    parentId === null ? isNull(systems.parentId) : eq(systems.parentId, parentId),
  );

async function nextPosition(tx: Tx, teamId: string, parentId: string | null): Promise<number> {
  const row = await first(
    tx
      .select({ p: max(systems.position) })
      .from(systems)
      .where(siblingsOf(teamId, parentId)),
  );
  return row?.p === null || row?.p === undefined ? 0 : row.p + 1;
}

async function assertLiveParent(tx: Tx, teamId: string, parentId: string | null) {
  if (parentId === null) return;
  const parent = await systemOfTeam(tx, teamId, parentId);
  if (parent.archivedAt) {
    throw new DomainError('CONFLICT', 'That system is archived: restore it first.', 'parentId');
  }
}

export type SystemFieldsValues = {
  name: string;
  description: string;
  ownerMembershipId: string | null;
};

export async function createSystem(
  db: Db,
  {
    teamId,
    actorUserId,
    parentId,
    values,
  }: { teamId: string; actorUserId: string; parentId: string | null; values: SystemFieldsValues },
): Promise<System> {
  return withTransaction(db, async (tx) => {
    await assertLiveParent(tx, teamId, parentId);
    await assertMemberOfTeam(tx, teamId, values.ownerMembershipId, 'ownerMembershipId');
    const position = await nextPosition(tx, teamId, parentId);
    const system = (
      await tx
        .insert(systems)
        .values({ teamId, parentId, ...values, position })
        .returning()
    )[0]!;
    await logActivity(tx, {
      teamId,
      actorUserId,
      kind: 'system.created',
      summary: `created the system ${system.name}`,
      data: { systemId: system.id },
    });
    return system;
  });
}

export async function updateSystem(
  db: Db,
  {
    teamId,
    actorUserId,
    systemId,
    values,
  }: { teamId: string; actorUserId: string; systemId: string; values: SystemFieldsValues },
): Promise<System> {
  return withTransaction(db, async (tx) => {
    const before = await systemOfTeam(tx, teamId, systemId);
    await assertMemberOfTeam(tx, teamId, values.ownerMembershipId, 'ownerMembershipId');
    const after = (
      await tx
        .update(systems)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
        .returning()
    )[0]!;
    const renamed =
      before.name !== after.name
        ? `renamed the system ${before.name} to ${after.name}`
        : `updated the system ${after.name}`;
    await logActivity(tx, {
      teamId,
      actorUserId,
      kind: 'system.updated',
      summary: renamed,
      data: { systemId },
    });
    return after;
  });
}

export const MOVE_CYCLE = 'A system cannot move under itself or one of its own subsystems.';

/** Moves a system (and its subtree) under another parent, last among its new siblings. */
export async function moveSystem(
  db: Db,
  {
    teamId,
    actorUserId,
    systemId,
    parentId,
  }: { teamId: string; actorUserId: string; systemId: string; parentId: string | null },
): Promise<System> {
  return withTransaction(db, async (tx) => {
    const system = await systemOfTeam(tx, teamId, systemId);
    await assertLiveParent(tx, teamId, parentId);
    if (parentId !== null) {
      // Walk up from the new parent; meeting the moved system means a cycle.
      const parentOf = new Map(
        (
          await tx
            .select({ id: systems.id, parentId: systems.parentId })
            .from(systems)
            .where(eq(systems.teamId, teamId))
        ).map((s) => [s.id, s.parentId]),
      );
      for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
        if (at === systemId) throw new DomainError('CONFLICT', MOVE_CYCLE, 'parentId');
      }
    }
    if (system.parentId === parentId) return system;
    const position = await nextPosition(tx, teamId, parentId);
    const moved = (
      await tx
        .update(systems)
        .set({ parentId, position, updatedAt: new Date() })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
        .returning()
    )[0]!;
    const target =
      parentId === null ? 'the top level' : (await systemOfTeam(tx, teamId, parentId)).name;
    await logActivity(tx, {
      teamId,
      actorUserId,
      kind: 'system.moved',
      summary: `moved the system ${system.name} under ${target}`,
      data: { systemId, parentId },
    });
    return moved;
  });
}

/** Sets the order of a parent's subsystems; the ids must be exactly its current children. */
export async function reorderSystems(
  db: Db,
  {
    teamId,
    parentId,
    orderedIds,
  }: { teamId: string; parentId: string | null; orderedIds: string[] },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    // Archived siblings are not on screen: only the live ones are reordered.
    const current = await tx
      .select({ id: systems.id })
      .from(systems)
      .where(and(siblingsOf(teamId, parentId), isNull(systems.archivedAt)));
    const same =
      current.length === orderedIds.length &&
      new Set(orderedIds).size === orderedIds.length &&
      current.every((c) => orderedIds.includes(c.id));
    if (!same)
      throw new DomainError(
        'CONFLICT',
        'The systems changed since you loaded them. Reload and try again.',
      );
    for (const [position, id] of orderedIds.entries()) {
      await tx
        .update(systems)
        .set({ position })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, id)));
    }
  });
}

/** Archiving hides a system and everything under it from the tree and the report; restoring brings it back. */
export async function setSystemArchived(
  db: Db,
  {
    teamId,
    actorUserId,
    systemId,
    archived,
  }: { teamId: string; actorUserId: string; systemId: string; archived: boolean },
): Promise<System> {
  return withTransaction(db, async (tx) => {
    const system = await systemOfTeam(tx, teamId, systemId);
    if (Boolean(system.archivedAt) === archived) return system;
    if (!archived) await assertLiveParent(tx, teamId, system.parentId);
    const after = (
      await tx
        .update(systems)
        .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
        .returning()
    )[0]!;
    await logActivity(tx, {
      teamId,
      actorUserId,
      kind: archived ? 'system.archived' : 'system.restored',
      summary: `${archived ? 'archived' : 'restored'} the system ${system.name}`,
      data: { systemId },
    });
    return after;
  });
}

export type SystemLink = { id: string; parentId: string | null; name: string; archived: boolean };

/** The team's systems among `ids` (no others, and none above them). */
export async function systemLinks(
  db: Db,
  { teamId, ids }: { teamId: string; ids: readonly string[] },
): Promise<SystemLink[]> {
  const rows = await db
    .select({
      id: systems.id,
      parentId: systems.parentId,
      name: systems.name,
      archivedAt: systems.archivedAt,
    })
    .from(systems)
    .where(and(eq(systems.teamId, teamId), inArray(systems.id, [...ids])));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    name: r.name,
    archived: r.archivedAt !== null,
  }));
}

/**
 * The given systems and every system above them, read a level at a time by id (a tree is a
 * few levels deep): a handful of indexed lookups, never the team's whole tree.
 */
export async function systemsWithAncestors(
  db: Db,
  { teamId, ids }: { teamId: string; ids: string[] },
): Promise<Map<string, SystemLink>> {
  const rows = new Map<string, SystemLink>();
  let wanted = [...new Set(ids)];
  for (let depth = 0; wanted.length > 0 && depth < 50; depth++) {
    const level = await systemLinks(db, { teamId, ids: wanted });
    for (const r of level) rows.set(r.id, r);
    wanted = [
      ...new Set(level.map((r) => r.parentId).filter((p): p is string => !!p && !rows.has(p))),
    ];
  }
  return rows;
}

/** From the top level down to a system, by walking up through its parents. */
export function pathTo(rows: ReadonlyMap<string, SystemLink>, systemId: string): SystemLink[] {
  const trail: SystemLink[] = [];
  for (
    let at = rows.get(systemId);
    at && trail.length < 50;
    at = at.parentId ? rows.get(at.parentId) : undefined
  ) {
    if (trail.some((t) => t.id === at!.id)) break; // a cycle, which the app never writes
    trail.unshift(at);
  }
  return trail;
}

/** From the top level down to the system. */
export async function systemBreadcrumb(
  db: Db,
  { teamId, systemId }: { teamId: string; systemId: string },
): Promise<{ id: string; name: string }[]> {
  const rows = await systemsWithAncestors(db, { teamId, ids: [systemId] });
  return pathTo(rows, systemId).map((s) => ({ id: s.id, name: s.name }));
}
