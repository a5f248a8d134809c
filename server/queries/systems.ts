import 'server-only';
import { and, asc, eq, isNull, max } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
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

function nextPosition(tx: Tx, teamId: string, parentId: string | null): number {
  const row = tx
    .select({ p: max(systems.position) })
    .from(systems)
    .where(siblingsOf(teamId, parentId))
    .get();
  return row?.p === null || row?.p === undefined ? 0 : row.p + 1;
}

function assertLiveParent(tx: Tx, teamId: string, parentId: string | null) {
  if (parentId === null) return;
  const parent = systemOfTeam(tx, teamId, parentId);
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
  return db.transaction(
    (tx) => {
      assertLiveParent(tx, teamId, parentId);
      assertMemberOfTeam(tx, teamId, values.ownerMembershipId, 'ownerMembershipId');
      const system = tx
        .insert(systems)
        .values({ teamId, parentId, ...values, position: nextPosition(tx, teamId, parentId) })
        .returning()
        .get();
      logActivity(tx, {
        teamId,
        actorUserId,
        kind: 'system.created',
        summary: `created the system ${system.name}`,
        data: { systemId: system.id },
      });
      return system;
    },
    { behavior: 'immediate' },
  );
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
  return db.transaction(
    (tx) => {
      const before = systemOfTeam(tx, teamId, systemId);
      assertMemberOfTeam(tx, teamId, values.ownerMembershipId, 'ownerMembershipId');
      const after = tx
        .update(systems)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
        .returning()
        .get();
      const renamed =
        before.name !== after.name
          ? `renamed the system ${before.name} to ${after.name}`
          : `updated the system ${after.name}`;
      logActivity(tx, {
        teamId,
        actorUserId,
        kind: 'system.updated',
        summary: renamed,
        data: { systemId },
      });
      return after;
    },
    { behavior: 'immediate' },
  );
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
  return db.transaction(
    (tx) => {
      const system = systemOfTeam(tx, teamId, systemId);
      assertLiveParent(tx, teamId, parentId);
      if (parentId !== null) {
        // Walk up from the new parent; meeting the moved system means a cycle.
        const parentOf = new Map(
          tx
            .select({ id: systems.id, parentId: systems.parentId })
            .from(systems)
            .where(eq(systems.teamId, teamId))
            .all()
            .map((s) => [s.id, s.parentId]),
        );
        for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
          if (at === systemId) throw new DomainError('CONFLICT', MOVE_CYCLE, 'parentId');
        }
      }
      if (system.parentId === parentId) return system;
      const moved = tx
        .update(systems)
        .set({ parentId, position: nextPosition(tx, teamId, parentId), updatedAt: new Date() })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
        .returning()
        .get();
      const target = parentId === null ? 'the top level' : systemOfTeam(tx, teamId, parentId).name;
      logActivity(tx, {
        teamId,
        actorUserId,
        kind: 'system.moved',
        summary: `moved the system ${system.name} under ${target}`,
        data: { systemId, parentId },
      });
      return moved;
    },
    { behavior: 'immediate' },
  );
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
  db.transaction(
    (tx) => {
      // Archived siblings are not on screen: only the live ones are reordered.
      const current = tx
        .select({ id: systems.id })
        .from(systems)
        .where(and(siblingsOf(teamId, parentId), isNull(systems.archivedAt)))
        .all();
      const same =
        current.length === orderedIds.length &&
        new Set(orderedIds).size === orderedIds.length &&
        current.every((c) => orderedIds.includes(c.id));
      if (!same)
        throw new DomainError(
          'CONFLICT',
          'The systems changed since you loaded them. Reload and try again.',
        );
      orderedIds.forEach((id, position) => {
        tx.update(systems)
          .set({ position })
          .where(and(eq(systems.teamId, teamId), eq(systems.id, id)))
          .run();
      });
    },
    { behavior: 'immediate' },
  );
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
  return db.transaction(
    (tx) => {
      const system = systemOfTeam(tx, teamId, systemId);
      if (Boolean(system.archivedAt) === archived) return system;
      if (!archived) assertLiveParent(tx, teamId, system.parentId);
      const after = tx
        .update(systems)
        .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
        .returning()
        .get();
      logActivity(tx, {
        teamId,
        actorUserId,
        kind: archived ? 'system.archived' : 'system.restored',
        summary: `${archived ? 'archived' : 'restored'} the system ${system.name}`,
        data: { systemId },
      });
      return after;
    },
    { behavior: 'immediate' },
  );
}

/** From the top level down to the system: one query on the team's systems, walked in memory. */
export async function systemBreadcrumb(
  db: Db,
  { teamId, systemId }: { teamId: string; systemId: string },
): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .select({ id: systems.id, parentId: systems.parentId, name: systems.name })
    .from(systems)
    .where(eq(systems.teamId, teamId));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const trail: { id: string; name: string }[] = [];
  for (
    let at = byId.get(systemId);
    at && !trail.some((t) => t.id === at!.id);
    at = at.parentId ? byId.get(at.parentId) : undefined
  ) {
    trail.unshift({ id: at.id, name: at.name });
  }
  return trail;
}
