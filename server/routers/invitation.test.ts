import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { invitations } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { mailerFromTransport, type OutgoingEmail } from '@/server/email/mailer';
import { acceptInvitation } from '@/server/queries/invitation-acceptance';
import { hashToken, INVITATION_TTL_MS } from '@/server/queries/invitation-link';
import { callerFor, signedUpUser } from '@/test/caller';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();
const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe('invitations', () => {
  it('makes a single-use link, storing only a hash of its token', async () => {
    const { owner, team } = await teamWithOwner(db, 'Invite Co');
    const res = await owner.api.invitation.create({
      teamId: team.id,
      email: ' New@Example.com ',
      role: 'member',
    });
    expect(res.emailed).toBe(false);
    expect(res.link).toMatch(/^http:\/\/opslens\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(res.link);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, res.id));
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(INVITATION_TTL_MS);

    const preview = await callerFor(db).invitation.preview({ token });
    expect(preview).toMatchObject({
      status: 'pending',
      teamName: 'Invite Co',
      email: 'New@Example.com',
      role: 'member',
      invitedBy: 'Olivia Owner',
    });

    const joiner = await signedUpUser(db, 'Nina New', 'new@example.com');
    expect(await joiner.api.invitation.accept({ token })).toEqual({
      teamSlug: team.slug,
      alreadyMember: false,
    });
    expect((await joiner.api.team.mine()).map((t) => [t.slug, t.role])).toEqual([
      [team.slug, 'member'],
    ]);

    // Used: a second person cannot use it.
    const other = await signedUpUser(db);
    const err = await expectTRPCError(other.api.invitation.accept({ token }), 'CONFLICT');
    expect(err.message).toBe('This invitation has already been used.');
    expect((await callerFor(db).invitation.preview({ token })).status).toBe('accepted');
    expect(await other.api.team.mine()).toEqual([]);
    expect((await owner.api.invitation.list({ teamId: team.id })).map((i) => i.email)).toEqual([]);
  });

  it('holds until the last millisecond of its life, and a re-invite after it works', async () => {
    const { owner, team } = await teamWithOwner(db);
    const [early, exact] = [await signedUpUser(db), await signedUpUser(db)];
    const invite = async (email: string) => {
      const res = await owner.api.invitation.create({ teamId: team.id, email, role: 'member' });
      const [row] = await db.select().from(invitations).where(eq(invitations.id, res.id));
      return { ...res, expiresAt: row!.expiresAt };
    };
    const a = await invite(early.email);
    const b = await invite(exact.email);
    const accept = (inv: typeof a, user: typeof early, now: Date) =>
      acceptInvitation(db, {
        token: tokenOf(inv.link),
        userId: user.id,
        userEmailNormalized: user.email.toLowerCase(),
        now,
      });
    // One millisecond before it expires it still opens the team…
    await accept(a, early, new Date(a.expiresAt.getTime() - 1));
    expect((await early.api.team.mine()).map((t) => t.id)).toEqual([team.id]);
    // …at the instant it expires it no longer does.
    await expect(accept(b, exact, b.expiresAt)).rejects.toThrow(/has expired/);
    expect(await exact.api.team.mine()).toEqual([]);

    // Expired for real: re-sending gives a new link with a new life; the old link is dead.
    await withTransaction(db, (tx) =>
      tx
        .update(invitations)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(invitations.id, b.id)),
    );
    expect((await callerFor(db).invitation.preview({ token: tokenOf(b.link) })).status).toBe(
      'expired',
    );
    const again = await owner.api.invitation.resend({ teamId: team.id, invitationId: b.id });
    expect(again.link).not.toBe(b.link);
    await expectTRPCError(
      callerFor(db).invitation.preview({ token: tokenOf(b.link) }),
      'NOT_FOUND',
    );
    await exact.api.invitation.accept({ token: tokenOf(again.link) });
    expect((await exact.api.team.mine()).map((t) => t.id)).toEqual([team.id]);
  });

  it('says clearly when a link expired or was revoked', async () => {
    const { owner, team } = await teamWithOwner(db);
    const joiner = await signedUpUser(db);
    const a = await owner.api.invitation.create({
      teamId: team.id,
      email: 'late@example.com',
      role: 'member',
    });
    const later = new Date(Date.now() + INVITATION_TTL_MS + 60_000);
    await expect(
      acceptInvitation(db, {
        token: tokenOf(a.link),
        userId: joiner.id,
        userEmailNormalized: 'late@example.com',
        now: later,
      }),
    ).rejects.toThrow(
      'This invitation has expired. Ask the person who invited you to send a new one.',
    );

    const b = await owner.api.invitation.create({
      teamId: team.id,
      email: 'gone@example.com',
      role: 'member',
    });
    await owner.api.invitation.revoke({ teamId: team.id, invitationId: b.id });
    const err = await expectTRPCError(
      joiner.api.invitation.accept({ token: tokenOf(b.link) }),
      'CONFLICT',
    );
    expect(err.message).toMatch(/withdrawn/);
    expect((await callerFor(db).invitation.preview({ token: tokenOf(b.link) })).status).toBe(
      'revoked',
    );
    await expectTRPCError(callerFor(db).invitation.preview({ token: 'x'.repeat(43) }), 'NOT_FOUND');
    expect(await joiner.api.team.mine()).toEqual([]);
  });

  it('re-sending makes a new link and kills the old one', async () => {
    const { owner, team } = await teamWithOwner(db);
    const first = await owner.api.invitation.create({
      teamId: team.id,
      email: 'again@example.com',
      role: 'admin',
    });
    const second = await owner.api.invitation.resend({ teamId: team.id, invitationId: first.id });
    expect(second.link).not.toBe(first.link);
    await expectTRPCError(
      callerFor(db).invitation.preview({ token: tokenOf(first.link) }),
      'NOT_FOUND',
    );
    const joiner = await signedUpUser(db, 'Agnes', 'again@example.com');
    await joiner.api.invitation.accept({ token: tokenOf(second.link) });
    expect((await joiner.api.team.mine())[0]?.role).toBe('admin');
    const kinds = (await owner.api.activity.list({ teamId: team.id })).map((a) => a.kind);
    expect(kinds.slice(0, 3)).toEqual(['member.joined', 'invitation.resent', 'invitation.created']);
  });

  it('refuses to invite a current member, or an email with a pending invitation, on the email field', async () => {
    const { owner, team } = await teamWithOwner(db);
    const err = await expectTRPCError(
      owner.api.invitation.create({
        teamId: team.id,
        email: owner.email.toUpperCase(),
        role: 'member',
      }),
      'CONFLICT',
    );
    expect(err.message).toMatch(/already a member/);
    await owner.api.invitation.create({
      teamId: team.id,
      email: 'dup@example.com',
      role: 'member',
    });
    await expectTRPCError(
      owner.api.invitation.create({ teamId: team.id, email: 'DUP@example.com', role: 'admin' }),
      'CONFLICT',
    );
    expect((await owner.api.invitation.list({ teamId: team.id })).map((i) => i.email)).toEqual([
      'dup@example.com',
    ]);
    await expectTRPCError(
      owner.api.invitation.create({ teamId: team.id, email: 'nope', role: 'member' }),
      'BAD_REQUEST',
    );
  });

  it('admins cannot invite owners; members cannot invite at all', async () => {
    const { team, addMember } = await teamWithOwner(db);
    const admin = await addMember('admin');
    const member = await addMember('member');
    await expectTRPCError(
      admin.api.invitation.create({ teamId: team.id, email: 'o@example.com', role: 'owner' }),
      'FORBIDDEN',
    );
    await expectTRPCError(
      member.api.invitation.create({ teamId: team.id, email: 'm@example.com', role: 'member' }),
      'FORBIDDEN',
    );
    await admin.api.invitation.create({ teamId: team.id, email: 'ok@example.com', role: 'admin' });
  });

  it('emails the link when a mailer is configured', async () => {
    const sent: OutgoingEmail[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const mailer = mailerFromTransport(transport, 'Opslens <test@opslens.test>');
    const recording = {
      send: async (m: OutgoingEmail) => {
        sent.push(m);
        await mailer.send(m);
      },
    };
    const { owner, team } = await teamWithOwner(db, 'Mail Co');
    const res = await callerFor(db, owner.id, recording).invitation.create({
      teamId: team.id,
      email: 'mail@example.com',
      role: 'member',
    });
    expect(res.emailed).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('mail@example.com');
    expect(sent[0]!.subject).toBe('Olivia Owner invited you to Mail Co on Opslens');
    expect(sent[0]!.text).toContain(res.link);
  });

  it('only the invited email can use the link', async () => {
    const { owner, team } = await teamWithOwner(db);
    const res = await owner.api.invitation.create({
      teamId: team.id,
      email: 'right@example.com',
      role: 'member',
    });
    const wrong = await signedUpUser(db, 'Wrong Person');
    const err = await expectTRPCError(
      wrong.api.invitation.accept({ token: tokenOf(res.link) }),
      'FORBIDDEN',
    );
    expect(err.message).toBe(
      'This invitation was sent to right@example.com. Sign in with that email to accept it.',
    );
    expect(await wrong.api.team.mine()).toEqual([]);
    const right = await signedUpUser(db, 'Right Person', 'RIGHT@example.com');
    expect((await right.api.invitation.accept({ token: tokenOf(res.link) })).alreadyMember).toBe(
      false,
    );
  });

  it('an existing member opening a link lands in the team without using it up', async () => {
    const { owner, team } = await teamWithOwner(db);
    const res = await owner.api.invitation.create({
      teamId: team.id,
      email: 'someone@example.com',
      role: 'member',
    });
    expect(await owner.api.invitation.accept({ token: tokenOf(res.link) })).toEqual({
      teamSlug: team.slug,
      alreadyMember: true,
    });
    expect((await callerFor(db).invitation.preview({ token: tokenOf(res.link) })).status).toBe(
      'pending',
    );
  });
});
