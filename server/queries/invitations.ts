import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import {
  invitations,
  memberships,
  teams,
  users,
  type Invitation,
  type Membership,
  type Role,
} from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { normalizeEmail } from './users';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type InvitationStatus = 'pending' | 'expired' | 'revoked' | 'accepted';

export function invitationStatus(inv: Invitation, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt <= now) return 'expired';
  return 'pending';
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
  const { token, tokenHash } = newToken();
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
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
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

/** A fresh link and expiry for a pending or expired invitation; the old link stops working. */
export async function resendInvitation(
  db: Db,
  {
    teamId,
    actor,
    invitationId,
    now = new Date(),
  }: { teamId: string; actor: Membership; invitationId: string; now?: Date },
): Promise<{ invitation: Invitation; token: string }> {
  const { token, tokenHash } = newToken();
  return withTransaction(db, async (tx) => {
    const inv = await first(
      tx
        .select()
        .from(invitations)
        .where(and(eq(invitations.teamId, teamId), eq(invitations.id, invitationId)))
        .limit(1),
    );
    if (!inv) throw new DomainError('NOT_FOUND', 'Invitation not found.');
    const status = invitationStatus(inv, now);
    if (status === 'accepted' || status === 'revoked') {
      throw new DomainError('CONFLICT', `This invitation was ${status}; it cannot be re-sent.`);
    }
    assertMayInviteAs(actor, inv.role);
    const invitation = (
      await tx
        .update(invitations)
        .set({ tokenHash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), sentAt: now })
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
  {
    teamId,
    actor,
    invitationId,
    now = new Date(),
  }: { teamId: string; actor: Membership; invitationId: string; now?: Date },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const inv = await first(
      tx
        .select()
        .from(invitations)
        .where(and(eq(invitations.teamId, teamId), eq(invitations.id, invitationId)))
        .limit(1),
    );
    if (!inv) throw new DomainError('NOT_FOUND', 'Invitation not found.');
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

export type InvitationPreview = {
  status: InvitationStatus;
  teamName: string;
  teamSlug: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: Date;
};

/** What the holder of a link may see: the team's name, the invited email and the link's state. */
export async function previewInvitation(
  db: Db,
  { token, now = new Date() }: { token: string; now?: Date },
): Promise<InvitationPreview | undefined> {
  const row = await first(
    db
      .select({
        invitation: invitations,
        teamName: teams.name,
        teamSlug: teams.slug,
        invitedBy: users.name,
      })
      .from(invitations)
      .innerJoin(teams, eq(teams.id, invitations.teamId))
      .leftJoin(users, eq(users.id, invitations.invitedByUserId))
      .where(eq(invitations.tokenHash, hashToken(token)))
      .limit(1),
  );
  if (!row) return undefined;
  const inv = row.invitation;
  return {
    status: invitationStatus(inv, now),
    teamName: row.teamName,
    teamSlug: row.teamSlug,
    email: inv.email,
    role: inv.role,
    invitedBy: row.invitedBy,
    expiresAt: inv.expiresAt,
  };
}

const UNUSABLE: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  expired: 'This invitation has expired. Ask the person who invited you to send a new one.',
  revoked: 'This invitation was withdrawn. Ask the team for a new one if you still need it.',
  accepted: 'This invitation has already been used.',
};

/** Joins the team with the invitation's role and uses up the link, in one transaction. */
export async function acceptInvitation(
  db: Db,
  {
    token,
    userId,
    userEmailNormalized,
    now = new Date(),
  }: { token: string; userId: string; userEmailNormalized: string; now?: Date },
): Promise<{ teamSlug: string; alreadyMember: boolean }> {
  const tokenHash = hashToken(token);
  return withTransaction(db, async (tx) => {
    const row = await first(
      tx
        .select({ invitation: invitations, slug: teams.slug })
        .from(invitations)
        .innerJoin(teams, eq(teams.id, invitations.teamId))
        .where(eq(invitations.tokenHash, tokenHash))
        .limit(1),
    );
    if (!row) throw new DomainError('NOT_FOUND', 'This invitation link is not valid.');
    const inv = row.invitation;
    const status = invitationStatus(inv, now);
    const existing = await first(
      tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.teamId, inv.teamId), eq(memberships.userId, userId)))
        .limit(1),
    );
    if (existing) return { teamSlug: row.slug, alreadyMember: true };
    if (status !== 'pending') throw new DomainError('CONFLICT', UNUSABLE[status]);
    // The link is for one person: a forwarded or leaked link cannot be used by another account.
    if (inv.emailNormalized !== userEmailNormalized) {
      throw new DomainError(
        'FORBIDDEN',
        `This invitation was sent to ${inv.email}. Sign in with that email to accept it.`,
      );
    }

    await tx.insert(memberships).values({ teamId: inv.teamId, userId, role: inv.role });
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedByUserId: userId })
      .where(eq(invitations.id, inv.id));
    await logActivity(tx, {
      teamId: inv.teamId,
      actorUserId: userId,
      kind: 'member.joined',
      summary: `joined as ${inv.role} (invited as ${inv.email})`,
      data: { invitationId: inv.id, role: inv.role },
    });
    return { teamSlug: row.slug, alreadyMember: false };
  });
}
