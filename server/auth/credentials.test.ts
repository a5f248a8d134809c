import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { callerFor } from '@/test/caller';
import { authenticateWithPassword, INVALID_CREDENTIALS, SignInError } from './credentials';
import { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES } from '@/server/queries/sign-in-throttle';

const db = createTestDb();
const PASSWORD = 'correct horse battery';

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

  it(`locks an email after ${MAX_FAILURES} failures, even for the right password, until the lock ends`, async () => {
    const t0 = new Date('2026-01-01T10:00:00Z');
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect(await failure(authenticateWithPassword(db, 'frank@example.com', 'nope', t0))).toBe(
        INVALID_CREDENTIALS,
      );
    }
    // The failure that reaches the limit already says so.
    expect(await failure(authenticateWithPassword(db, 'frank@example.com', 'nope', t0))).toBe(
      'Too many failed sign-ins for this email. Try again in 15 minutes.',
    );
    const later = new Date(t0.getTime() + 5 * 60_000);
    expect(await failure(authenticateWithPassword(db, 'frank@example.com', PASSWORD, later))).toBe(
      'Too many failed sign-ins for this email. Try again in 10 minutes.',
    );
    // Another email is not affected.
    await expect(
      authenticateWithPassword(db, 'eve@example.com', PASSWORD, later),
    ).resolves.toBeTruthy();
    const afterLock = new Date(t0.getTime() + LOCK_MS + 1000);
    const user = await authenticateWithPassword(db, 'frank@example.com', PASSWORD, afterLock);
    expect(user.emailNormalized).toBe('frank@example.com');
  });

  it('forgets failures older than the window', async () => {
    const t0 = new Date('2026-02-01T10:00:00Z');
    for (let i = 1; i < MAX_FAILURES; i++) {
      await failure(authenticateWithPassword(db, 'gina@example.com', 'nope', t0));
    }
    const later = new Date(t0.getTime() + FAILURE_WINDOW_MS + 1000);
    // A fresh window: one more failure does not lock.
    expect(await failure(authenticateWithPassword(db, 'gina@example.com', 'nope', later))).toBe(
      INVALID_CREDENTIALS,
    );
    await expect(
      authenticateWithPassword(db, 'gina@example.com', PASSWORD, later),
    ).resolves.toBeTruthy();
  });

  it('throttles unknown emails too, so guessing is slowed the same way', async () => {
    const t0 = new Date('2026-03-01T10:00:00Z');
    let last = '';
    for (let i = 0; i < MAX_FAILURES; i++) {
      last = await failure(authenticateWithPassword(db, 'ghost@example.com', 'x', t0));
    }
    expect(last).toMatch(/Too many failed sign-ins/);
  });
});
