import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { callerFor } from '@/test/caller';
import { authenticateWithPassword, INVALID_CREDENTIALS, SignInError } from './credentials';
import { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES } from '@/server/queries/sign-in-throttle';

const db = createTestDb();
const PASSWORD = 'correct horse battery';
const ATTACKER = '198.51.100.7';
const OWNER = '203.0.113.20';

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SignInError);
  return (err as Error).message;
}

beforeAll(async () => {
  for (const email of ['eve@example.com', 'frank@example.com', 'gina@example.com']) {
    await callerFor(db).auth.signUp({ name: email, email, password: PASSWORD });
  }
});

describe('authenticateWithPassword', () => {
  it('signs in with the right password, whatever the case of the email', async () => {
    const user = await authenticateWithPassword(db, ' EVE@example.com', PASSWORD);
    expect(user.emailNormalized).toBe('eve@example.com');
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    expect(await failure(authenticateWithPassword(db, 'eve@example.com', 'wrong password'))).toBe(
      INVALID_CREDENTIALS,
    );
    expect(await failure(authenticateWithPassword(db, 'nobody@example.com', PASSWORD))).toBe(
      INVALID_CREDENTIALS,
    );
  });

  it(`locks one address out of an account after ${MAX_FAILURES} failures, even for the right password, until the lock ends`, async () => {
    const t0 = new Date('2026-01-01T10:00:00Z');
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(
        await failure(authenticateWithPassword(db, 'frank@example.com', 'nope', t0, ATTACKER)),
      ).toBe(INVALID_CREDENTIALS);
    }
    // The failure that reaches the limit already says so.
    expect(
      await failure(authenticateWithPassword(db, 'frank@example.com', 'nope', t0, ATTACKER)),
    ).toBe('Too many failed sign-ins for this email. Try again in 15 minutes.');
    const later = new Date(t0.getTime() + 5 * 60_000);
    expect(
      await failure(authenticateWithPassword(db, 'frank@example.com', PASSWORD, later, ATTACKER)),
    ).toBe('Too many failed sign-ins for this email. Try again in 10 minutes.');
    // Another email is not affected, and neither is the account's owner at their own address.
    await expect(
      authenticateWithPassword(db, 'eve@example.com', PASSWORD, later, ATTACKER),
    ).resolves.toBeTruthy();
    await expect(
      authenticateWithPassword(db, 'frank@example.com', PASSWORD, later, OWNER),
    ).resolves.toBeTruthy();
    const afterLock = new Date(t0.getTime() + LOCK_MS + 1000);
    const user = await authenticateWithPassword(
      db,
      'frank@example.com',
      PASSWORD,
      afterLock,
      ATTACKER,
    );
    expect(user.emailNormalized).toBe('frank@example.com');
  });

  it('forgets failures older than the window', async () => {
    const t0 = new Date('2026-02-01T10:00:00Z');
    for (let i = 1; i < MAX_FAILURES; i++) {
      await failure(authenticateWithPassword(db, 'gina@example.com', 'nope', t0, ATTACKER));
    }
    const later = new Date(t0.getTime() + FAILURE_WINDOW_MS + 1000);
    // A fresh window: one more failure does not lock.
    expect(
      await failure(authenticateWithPassword(db, 'gina@example.com', 'nope', later, ATTACKER)),
    ).toBe(INVALID_CREDENTIALS);
    await expect(
      authenticateWithPassword(db, 'gina@example.com', PASSWORD, later, ATTACKER),
    ).resolves.toBeTruthy();
  });

  it('throttles unknown emails too, so guessing is slowed the same way', async () => {
    const t0 = new Date('2026-03-01T10:00:00Z');
    let last = '';
    for (let i = 0; i < MAX_FAILURES; i++) {
      last = await failure(authenticateWithPassword(db, 'ghost@example.com', 'x', t0, ATTACKER));
    }
    expect(last).toMatch(/Too many failed sign-ins/);
  });

  it('never lets a stranger lock an account: spread over addresses, guesses are only slowed', async () => {
    await callerFor(db).auth.signUp({
      name: 'Hana',
      email: 'hana@example.com',
      password: PASSWORD,
    });
    const t0 = new Date('2026-04-01T10:00:00Z');
    // Ten addresses, one guess each: the tenth failure slows the account down by 30 seconds.
    let last = '';
    for (let i = 0; i < 10; i++) {
      last = await failure(
        authenticateWithPassword(db, 'hana@example.com', 'guess', t0, `192.0.2.${i}`),
      );
    }
    expect(last).toBe(
      'Too many failed sign-ins for this email: wait 30 seconds before trying again.',
    );
    // Even the owner waits those 30 seconds — and then signs in; nobody is locked out for longer.
    const soon = new Date(t0.getTime() + 10_000);
    expect(
      await failure(authenticateWithPassword(db, 'hana@example.com', PASSWORD, soon, OWNER)),
    ).toMatch(/wait 20 seconds/);
    const after = new Date(t0.getTime() + 31_000);
    await expect(
      authenticateWithPassword(db, 'hana@example.com', PASSWORD, after, OWNER),
    ).resolves.toBeTruthy();
  });

  // Thirty password checks, each a real scrypt (unknown emails are checked against a dummy hash
  // so they take as long): seconds on a busy 2-core machine, hence the longer timeout.
  it(
    'locks out an address that sprays one password over many accounts',
    { timeout: 20_000 },
    async () => {
      const t0 = new Date('2026-05-01T10:00:00Z');
      const sprayer = '198.51.100.99';
      let last = '';
      for (let i = 0; i < 30; i++) {
        last = await failure(
          authenticateWithPassword(db, `victim${i}@example.com`, 'Summer2026!', t0, sprayer),
        );
      }
      expect(last).toBe('Too many failed sign-ins from this address. Try again in 15 minutes.');
      // Locked out of every account, even with a right password…
      expect(
        await failure(authenticateWithPassword(db, 'eve@example.com', PASSWORD, t0, sprayer)),
      ).toMatch(/from this address/);
      // …while everyone else signs in.
      await expect(
        authenticateWithPassword(db, 'eve@example.com', PASSWORD, t0, OWNER),
      ).resolves.toBeTruthy();
    },
  );
});
