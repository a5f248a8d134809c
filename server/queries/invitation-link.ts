import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Invitation } from '@/db/schema';

// What an invitation link is: a random token, stored only as its hash, good for a week, once.

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh link sent at `now`: the raw token (shown once), its hash and when it expires. */
export function newInvitationLink(now: Date): {
  token: string;
  tokenHash: string;
  expiresAt: Date;
} {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
  };
}

export type InvitationStatus = 'pending' | 'expired' | 'revoked' | 'accepted';

export function invitationStatus(inv: Invitation, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt <= now) return 'expired';
  return 'pending';
}
