import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { callerFor } from '@/test/caller';
import { expectTRPCError } from '@/test/trpc-error';
import { findUserByEmail } from '@/server/queries/users';
import { verifyPassword } from '@/server/auth/password';

const db = createTestDb();
const api = callerFor(db);

describe('auth.signUp', () => {
  it('creates a user with a salted scrypt hash, never the password itself', async () => {
    await api.auth.signUp({ name: 'Ada', email: 'Ada@Example.com', password: 'long enough pw' });
    const user = await findUserByEmail(db, 'ada@example.com');
    expect(user?.name).toBe('Ada');
    expect(user?.email).toBe('Ada@Example.com');
    expect(user?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user?.passwordHash).not.toContain('long enough pw');
    expect(await verifyPassword('long enough pw', user!.passwordHash!)).toBe(true);
    expect(await verifyPassword('long enough PW', user!.passwordHash!)).toBe(false);
  });

  it('salts each hash: the same password hashes differently for two users', async () => {
    await api.auth.signUp({ name: 'B1', email: 'b1@example.com', password: 'same password!' });
    await api.auth.signUp({ name: 'B2', email: 'b2@example.com', password: 'same password!' });
    const [b1, b2] = await Promise.all([
      findUserByEmail(db, 'b1@example.com'),
      findUserByEmail(db, 'b2@example.com'),
    ]);
    expect(b1?.passwordHash).not.toBe(b2?.passwordHash);
  });

  it('answers an address that has an account exactly as a new one, and emails its owner', async () => {
    await api.auth.signUp({ name: 'C', email: 'carol@example.com', password: 'long enough pw' });
    const before = await findUserByEmail(db, 'carol@example.com');
    const sent: { to: string; subject: string; text: string }[] = [];
    const withMail = callerFor(db, null, {
      send: async (email) => void sent.push(email),
    });
    // Differing only in case and spaces, it is the same address.
    const again = await withMail.auth.signUp({
      name: 'Impostor',
      email: '  CAROL@example.COM ',
      password: 'another password',
    });
    const fresh = await withMail.auth.signUp({
      name: 'Dora',
      email: 'dora@example.com',
      password: 'long enough pw',
    });
    expect(again).toEqual(fresh);
    // The account is untouched: same name, same password.
    const after = await findUserByEmail(db, 'carol@example.com');
    expect(after).toEqual(before);
    expect(await verifyPassword('long enough pw', after!.passwordHash!)).toBe(true);
    // Its owner hears of it; the new address gets nothing.
    await new Promise((r) => setTimeout(r, 0));
    expect(sent.map((e) => e.to)).toEqual(['carol@example.com']);
    expect(sent[0]!.text).toContain('http://opslens.test/sign-in');
  });

  it('gives field-level messages for bad input and writes nothing', async () => {
    const err = await expectTRPCError(
      api.auth.signUp({ name: ' ', email: 'not-an-email', password: 'short' }),
      'BAD_REQUEST',
    );
    // The error formatter turns zod issues into per-field messages for the form.
    const shaped = err.cause as unknown as { issues: { path: string[] }[] };
    expect(shaped.issues.map((i) => i.path[0]).sort()).toEqual(['email', 'name', 'password']);
    expect(await findUserByEmail(db, 'not-an-email')).toBeUndefined();
  });
});
