import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { invitations, memberships, teams, users, type Role } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';
import { hashToken, invitationStatus, type InvitationStatus } from './invitation-link';

// The link holder's side of an invitation: what they may see of it, and joining with it.

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
