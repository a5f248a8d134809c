import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { assignments, memberships, users, type Membership, type Role } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { OPEN_ASSIGNMENT_STATUSES, reopenAcceptedDecision } from './decisions';

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  hourlyCost: number | null;
  weeklyCapacityHours: number;
  joinedAt: Date;
};

export async function listMembers(db: Db, { teamId }: { teamId: string }): Promise<MemberRow[]> {
  return db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      hourlyCost: memberships.hourlyCost,
      weeklyCapacityHours: memberships.weeklyCapacityHours,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId))
    .orderBy(asc(users.name), asc(memberships.id));
}

async function memberWithName(tx: Tx, teamId: string, membershipId: string) {
  const row = await first(
    tx
      .select({ membership: memberships, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.teamId, teamId), eq(memberships.id, membershipId)))
      .limit(1),
  );
  if (!row) throw new DomainError('NOT_FOUND', 'Member not found.');
  return row;
}

async function ownerCount(tx: Tx, teamId: string): Promise<number> {
  return (
    (
      await first(
        tx
          .select({ n: count() })
          .from(memberships)
          .where(and(eq(memberships.teamId, teamId), eq(memberships.role, 'owner'))),
      )
    )?.n ?? 0
  );
}

const LAST_OWNER = 'A team must keep at least one owner. Make another member an owner first.';

/** Owners and admins manage members, but only owners touch the owner role. */
function assertMayManage(actor: Membership, target: Membership, newRole?: Role) {
  const touchesOwner = target.role === 'owner' || newRole === 'owner';
  if (touchesOwner && actor.role !== 'owner') {
    throw new DomainError('FORBIDDEN', 'Only an owner can change or remove an owner.');
  }
}

export type MemberPatch = {
  role?: Role;
  hourlyCost?: number | null;
  weeklyCapacityHours?: number;
};

export async function updateMember(
  db: Db,
  {
    teamId,
    actor,
    membershipId,
    patch,
  }: { teamId: string; actor: Membership; membershipId: string; patch: MemberPatch },
): Promise<Membership> {
  return withTransaction(db, async (tx) => {
    const { membership: target, name } = await memberWithName(tx, teamId, membershipId);
    // Costs and capacity of any member are admin work; the owner role itself is an owner's.
    if (patch.role !== undefined && patch.role !== target.role)
      assertMayManage(actor, target, patch.role);
    if (
      patch.role &&
      patch.role !== 'owner' &&
      target.role === 'owner' &&
      (await ownerCount(tx, teamId)) <= 1
    ) {
      throw new DomainError('CONFLICT', LAST_OWNER, 'role');
    }
    const changes: string[] = [];
    if (patch.role !== undefined && patch.role !== target.role)
      changes.push(`role ${target.role} → ${patch.role}`);
    if (patch.hourlyCost !== undefined && patch.hourlyCost !== target.hourlyCost) {
      changes.push(
        `hourly cost ${target.hourlyCost ?? 'team default'} → ${patch.hourlyCost ?? 'team default'}`,
      );
    }
    if (
      patch.weeklyCapacityHours !== undefined &&
      patch.weeklyCapacityHours !== target.weeklyCapacityHours
    ) {
      changes.push(
        `weekly capacity ${target.weeklyCapacityHours} h → ${patch.weeklyCapacityHours} h`,
      );
    }
    if (changes.length === 0) return target;
    const updated = (
      await tx
        .update(memberships)
        .set(patch)
        .where(and(eq(memberships.teamId, teamId), eq(memberships.id, membershipId)))
        .returning()
    )[0]!;
    await logActivity(tx, {
      teamId,
      actorUserId: actor.userId,
      kind: 'member.updated',
      summary: `changed ${name}'s ${changes.join(', ')}`,
      data: { membershipId, ...patch },
    });
    return updated;
  });
}

/** Removes a member (by an admin) or the caller themself (leaving); never the last owner. */
export async function removeMember(
  db: Db,
  { teamId, actor, membershipId }: { teamId: string; actor: Membership; membershipId: string },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const { membership: target, name } = await memberWithName(tx, teamId, membershipId);
    const leaving = target.id === actor.id;
    if (!leaving) assertMayManage(actor, target);
    if (target.role === 'owner' && (await ownerCount(tx, teamId)) <= 1) {
      throw new DomainError(
        'CONFLICT',
        leaving
          ? 'You are the last owner: make another member an owner before you leave.'
          : LAST_OWNER,
      );
    }
    // Their open hand-offs go with them: the findings those came from are open again.
    const open = await tx
      .select({ stepId: assignments.stepId, kind: assignments.kind })
      .from(assignments)
      .where(
        and(
          eq(assignments.teamId, teamId),
          eq(assignments.assigneeMembershipId, membershipId),
          inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES]),
        ),
      );
    for (const a of open) await reopenAcceptedDecision(tx, teamId, a.stepId, a.kind);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.teamId, teamId), eq(memberships.id, membershipId)));
    await logActivity(tx, {
      teamId,
      actorUserId: actor.userId,
      kind: leaving ? 'member.left' : 'member.removed',
      summary: leaving ? 'left the team' : `removed ${name} from the team`,
      data: { membershipId, userId: target.userId },
    });
  });
}
