import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { first } from '@/db/raw';
import { teams } from '@/db/schema';
import { authenticateWithPassword, SignInError } from '@/server/auth/credentials';
import { verifyPassword } from '@/server/auth/password';
import { DEMO_EMAIL } from '@/server/demo/account';
import { MAX_FAILURES } from '@/server/queries/sign-in-throttle';
import { endAllSessions, findUserById } from '@/server/queries/users';
import { callerFor, signedUpUser } from '@/test/caller';
import { createTestDb } from '@/test/db';
import { fieldErrorsOf } from '@/test/error-shape';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

async function storedHash(userId: string): Promise<string> {
  return (await findUserById(db, userId))!.passwordHash!;
}

async function dataVersion(teamId: string): Promise<number> {
  const row = await first(
    db.select({ v: teams.dataVersion }).from(teams).where(eq(teams.id, teamId)),
  );
  return row!.v;
}

async function signInFails(email: string, password: string): Promise<string> {
  const err = await authenticateWithPassword(db, email, password).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'expected the sign-in to fail').toBeInstanceOf(SignInError);
  return (err as Error).message;
}

describe('user.updateProfile', () => {
  it('renames the caller, trimmed; the header (user.me) and their teams show it', async () => {
    const ada = await signedUpUser(db, 'Ada');
    const team = await ada.api.team.create({ name: 'Analytical Engines' });
    const before = await dataVersion(team.id);

    expect(await ada.api.user.updateProfile({ name: '  Ada Lovelace  ' })).toEqual({
      name: 'Ada Lovelace',
    });

    expect(await ada.api.user.me()).toMatchObject({ id: ada.id, name: 'Ada Lovelace' });
    const { members } = await ada.api.member.list({ teamId: team.id });
    expect(members.map((m) => m.name)).toEqual(['Ada Lovelace']);
    // Names are in the report's reasons: the team's report is computed again.
    expect(await dataVersion(team.id)).toBeGreaterThan(before);
  });

  it('writes nothing, and leaves the report alone, when the name is unchanged', async () => {
    const bea = await signedUpUser(db, 'Bea');
    const team = await bea.api.team.create({ name: 'Bea Co' });
    const before = await dataVersion(team.id);
    await bea.api.user.updateProfile({ name: 'Bea ' });
    expect(await dataVersion(team.id)).toBe(before);
  });

  it('renames only the caller', async () => {
    const cy = await signedUpUser(db, 'Cy');
    const dee = await signedUpUser(db, 'Dee');
    await cy.api.user.updateProfile({ name: 'Cyrus' });
    expect((await dee.api.user.me()).name).toBe('Dee');
  });

  it.each([
    ['empty', '   ', 'Enter your name.'],
    ['too long', 'x'.repeat(101), 'Use at most 100 characters.'],
  ])('refuses an %s name on the name field and changes nothing', async (_, name, message) => {
    const eve = await signedUpUser(db, 'Eve');
    const err = await expectTRPCError(eve.api.user.updateProfile({ name }), 'BAD_REQUEST');
    expect(fieldErrorsOf(err)).toEqual({ name: [message] });
    expect((await eve.api.user.me()).name).toBe('Eve');
  });

  it('accepts exactly 100 characters', async () => {
    const fay = await signedUpUser(db, 'Fay');
    await fay.api.user.updateProfile({ name: 'y'.repeat(100) });
    expect((await fay.api.user.me()).name).toBe('y'.repeat(100));
  });
});

describe('user.changePassword', () => {
  const NEW = 'a brand new passphrase';

  it('with the right current password: the new one verifies and signs in, the old one no longer does', async () => {
    const gus = await signedUpUser(db, 'Gus');
    await gus.api.user.changePassword({ currentPassword: gus.password, newPassword: NEW });

    const hash = await storedHash(gus.id);
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(NEW);
    expect(await verifyPassword(NEW, hash)).toBe(true);
    expect(await verifyPassword(gus.password, hash)).toBe(false);
    expect((await authenticateWithPassword(db, gus.email, NEW)).id).toBe(gus.id);
    await signInFails(gus.email, gus.password);
  });

  it('with a wrong current password: an error on currentPassword, and the password is unchanged', async () => {
    const hal = await signedUpUser(db, 'Hal');
    const before = await storedHash(hal.id);
    const err = await expectTRPCError(
      hal.api.user.changePassword({ currentPassword: 'not my password', newPassword: NEW }),
      'BAD_REQUEST',
    );
    expect(fieldErrorsOf(err)).toEqual({ currentPassword: ['That is not your current password.'] });
    expect(await storedHash(hal.id)).toBe(before);
    expect(await verifyPassword(NEW, before)).toBe(false);
    expect((await authenticateWithPassword(db, hal.email, hal.password)).id).toBe(hal.id);
  });

  it('ends every session of the user: an older token is refused, a new sign-in works', async () => {
    const ivy = await signedUpUser(db, 'Ivy');
    const otherDevice = callerFor(db, ivy.id); // a token issued before the change
    await ivy.api.user.changePassword({ currentPassword: ivy.password, newPassword: NEW });
    await expectTRPCError(otherDevice.user.me(), 'UNAUTHORIZED');
    await expectTRPCError(ivy.api.team.mine(), 'UNAUTHORIZED');
    // Signing in again issues a token at the new version.
    const fresh = callerFor(db, ivy.id, null, (await findUserById(db, ivy.id))!.sessionVersion);
    expect((await fresh.user.me()).name).toBe('Ivy');
    // Signing out somewhere ends that one too.
    await endAllSessions(db, ivy.id);
    await expectTRPCError(fresh.user.me(), 'UNAUTHORIZED');
  });

  it('never changes a shared demo account’s password: every visitor signs in with it', async () => {
    const demo = await signedUpUser(db, 'Dana Demo', DEMO_EMAIL);
    const before = await storedHash(demo.id);
    const err = await expectTRPCError(
      demo.api.user.changePassword({ currentPassword: demo.password, newPassword: NEW }),
      'FORBIDDEN',
    );
    expect(fieldErrorsOf(err).currentPassword?.[0]).toMatch(/shared by every visitor/);
    expect(await storedHash(demo.id)).toBe(before);
  });

  it('refuses a new password equal to the current one, on newPassword', async () => {
    const ivy = await signedUpUser(db, 'Ivy');
    const before = await storedHash(ivy.id);
    const err = await expectTRPCError(
      ivy.api.user.changePassword({ currentPassword: ivy.password, newPassword: ivy.password }),
      'BAD_REQUEST',
    );
    expect(fieldErrorsOf(err)).toEqual({
      newPassword: ['Choose a password different from your current one.'],
    });
    expect(await storedHash(ivy.id)).toBe(before);
  });

  it('holds the new password to the sign-up rules, with field messages', async () => {
    const jo = await signedUpUser(db, 'Jo');
    const before = await storedHash(jo.id);
    const short = await expectTRPCError(
      jo.api.user.changePassword({ currentPassword: jo.password, newPassword: 'short' }),
      'BAD_REQUEST',
    );
    expect(fieldErrorsOf(short)).toEqual({ newPassword: ['Use at least 10 characters.'] });
    const empty = await expectTRPCError(
      jo.api.user.changePassword({ currentPassword: '', newPassword: NEW }),
      'BAD_REQUEST',
    );
    expect(fieldErrorsOf(empty)).toEqual({ currentPassword: ['Enter your current password.'] });
    expect(await storedHash(jo.id)).toBe(before);
  });

  it(`counts wrong current passwords with sign-in's lockout: after ${MAX_FAILURES}, even the right one is refused`, async () => {
    const kim = await signedUpUser(db, 'Kim');
    const before = await storedHash(kim.id);
    const wrong = () =>
      kim.api.user.changePassword({ currentPassword: 'a guess', newPassword: NEW });
    for (let i = 1; i < MAX_FAILURES; i++) await expectTRPCError(wrong(), 'BAD_REQUEST');
    const locked = await expectTRPCError(wrong(), 'TOO_MANY_REQUESTS');
    expect(fieldErrorsOf(locked).currentPassword?.[0]).toMatch(/^Too many wrong passwords/);

    await expectTRPCError(
      kim.api.user.changePassword({ currentPassword: kim.password, newPassword: NEW }),
      'TOO_MANY_REQUESTS',
    );
    expect(await storedHash(kim.id)).toBe(before);
    // Its own budget: someone holding a session can neither guess faster nor lock sign-in.
    expect((await authenticateWithPassword(db, kim.email, kim.password)).id).toBe(kim.id);
  });

  it('a success ends a run of failures, as a sign-in does', async () => {
    const lou = await signedUpUser(db, 'Lou');
    for (let i = 1; i < MAX_FAILURES; i++) {
      await expectTRPCError(
        lou.api.user.changePassword({ currentPassword: 'a guess', newPassword: NEW }),
        'BAD_REQUEST',
      );
    }
    await lou.api.user.changePassword({ currentPassword: lou.password, newPassword: NEW });
    // Had the count survived, this one failure would lock the change again.
    const signedInAgain = callerFor(
      db,
      lou.id,
      null,
      (await findUserById(db, lou.id))!.sessionVersion,
    );
    await expectTRPCError(
      signedInAgain.user.changePassword({
        currentPassword: 'a guess',
        newPassword: 'yet another one!',
      }),
      'BAD_REQUEST',
    );
    expect(await signInFails(lou.email, 'a guess')).toBe('Wrong email or password.');
    expect((await authenticateWithPassword(db, lou.email, NEW)).id).toBe(lou.id);
  });
});
