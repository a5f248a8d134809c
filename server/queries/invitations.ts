import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import {
  invitations,
  memberships,
  users,
  type Invitation,
  type Membership,
  type Role,
} from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { invitationStatus, newInvitationLink } from './invitation-link';
import { normalizeEmail } from './users';

// The team's side of invitations: admins invite, re-send and revoke, and see the open ones.
// The link holder's side is invitation-acceptance.ts.

/** The team's invitation; "not found" for anyone else's. */
async function invitationOfTeam(tx: Tx, teamId: string, invitationId: string) {
  const inv = await first(
    tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.teamId, teamId), eq(invitations.id, invitationId)))
      .limit(1),
  );
  if (!inv) throw new DomainError('NOT_FOUND', 'Invitation not found.');
  return inv;
}

function assertMayInviteAs(actor: Membership, role: Role) {
  if (role === 'owner' && actor.role !== 'owner') {
    throw new DomainError('FORBIDDEN', 'Only an owner can invite another owner.', 'role');
  }
}

/** Creates a single-use invitation; returns the token once (only its hash is stored). */
export async function createInvitation(
  db: Db,
  {
    teamId,
    actor,
    email,
    role,
    now = new Date(),
  }: { teamId: string; actor: Membership; email: string; role: Role; now?: Date },
): Promise<{ invitation: Invitation; token: string }> {
  assertMayInviteAs(actor, role);
  const emailNormalized = normalizeEmail(email);
  const { token, tokenHash, expiresAt } = newInvitationLink(now);
  return withTransaction(db, async (tx) => {
    const member = await first(
      tx
        .select({ id: memberships.id })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.teamId, teamId), eq(users.emailNormalized, emailNormalized)))
        .limit(1),
    );
    if (member)
      throw new DomainError(
        'CONFLICT',
        `${email.trim()} is already a member of this team.`,
        'email',
      );
    const open = (
      await tx
        .select()
        .from(invitations)
        .where(
          and(
            eq(invitations.teamId, teamId),
            eq(invitations.emailNormalized, emailNormalized),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
          ),
        )
    ).find((inv) => invitationStatus(inv, now) === 'pending');
    if (open) {
      throw new DomainError(
        'CONFLICT',
        `${email.trim()} already has a pending invitation. Re-send it from the list below.`,
        'email',
      );
    }
    const invitation = (
      await tx
        .insert(invitations)
        .values({
          teamId,
          email: email.trim(),
          emailNormalized,
          role,
          tokenHash,
          expiresAt,
          invitedByUserId: actor.userId,
          createdAt: now,
          sentAt: now,
        })
        .returning()
    )[0]!;
    await logActivity(tx, {
      teamId,
      actorUserId: actor.userId,
      kind: 'invitation.created',
      summary: `invited ${invitation.email} as ${role}`,
      data: { invitationId: invitation.id, role },
    });
    return { invitation, token };
  });
}

/** An admin's change to one of the team's invitations. */
type InvitationChange = { teamId: string; actor: Membership; invitationId: string; now?: Date };

/** A fresh link and expiry for a pending or expired invitation; the old link stops working. */
export async function resendInvitation(
  db: Db,
  { teamId, actor, invitationId, now = new Date() }: InvitationChange,
): Promise<{ invitation: Invitation; token: string }> {
  const { token, tokenHash, expiresAt } = newInvitationLink(now);
  return withTransaction(db, async (tx) => {
    const inv = await invitationOfTeam(tx, teamId, invitationId);
    const status = invitationStatus(inv, now);
    if (status === 'accepted' || status === 'revoked') {
      throw new DomainError('CONFLICT', `This invitation was ${status}; it cannot be re-sent.`);
    }
    assertMayInviteAs(actor, inv.role);
    const invitation = (
      await tx
        .update(invitations)
        .set({ tokenHash, expiresAt, sentAt: now })
        .where(and(eq(invitations.teamId, teamId), eq(invitations.id, invitationId)))
        .returning()
    )[0]!;
    await logActivity(tx, {
      teamId,
      actorUserId: actor.userId,
      kind: 'invitation.resent',
      summary: `re-sent the invitation to ${inv.email}`,
      data: { invitationId },
    });
    return { invitation, token };
  });
}

export async function revokeInvitation(
  db: Db,
  { teamId, actor, invitationId, now = new Date() }: InvitationChange,
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const inv = await invitationOfTeam(tx, teamId, invitationId);
    if (inv.acceptedAt) throw new DomainError('CONFLICT', 'This invitation was already accepted.');
    if (inv.revokedAt) return;
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.teamId, teamId), eq(invitations.id, invitationId)));
    await logActivity(tx, {
      teamId,
      actorUserId: actor.userId,
      kind: 'invitation.revoked',
      summary: `revoked the invitation to ${inv.email}`,
      data: { invitationId },
    });
  });
}

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  sentAt: Date;
  invitedBy: string | null;
  expired: boolean;
};

/** Invitations not yet accepted or revoked, expired ones included (they can be re-sent). */
export async function listOpenInvitations(
  db: Db,
  { teamId, now = new Date() }: { teamId: string; now?: Date },
): Promise<PendingInvitation[]> {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      sentAt: invitations.sentAt,
      invitedBy: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(
      and(
        eq(invitations.teamId, teamId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
  return rows.map((r) => ({ ...r, expired: r.expiresAt <= now }));
}
