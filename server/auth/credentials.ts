import 'server-only';
import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { findUserByEmail, normalizeEmail } from '@/server/queries/users';
import {
  clearSignInFailures,
  recordSignInFailure,
  signInLockedUntil,
} from '@/server/queries/sign-in-throttle';
import { timingDummyHash, verifyPassword } from './password';

// One message for an unknown email and a wrong password, so sign-in does not reveal who has an account.
export const INVALID_CREDENTIALS = 'Wrong email or password.';

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export class SignInError extends Error {}

/** Checks an email and password, counting failures per email; throws SignInError with the user-facing message. */
export async function authenticateWithPassword(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
): Promise<User> {
  const key = normalizeEmail(email);
  if (!key || !password) throw new SignInError(INVALID_CREDENTIALS);

  const lockedUntil = await signInLockedUntil(db, key, now);
  if (lockedUntil) throw new SignInError(lockedMessage(lockedUntil, now));

  const user = await findUserByEmail(db, key);
  const ok = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : // Spend the same time on an unknown email as on a wrong password.
      (await verifyPassword(password, await timingDummyHash()), false);

  if (!user || !ok) {
    await recordSignInFailure(db, key, now);
    const nowLocked = await signInLockedUntil(db, key, now);
    throw new SignInError(nowLocked ? lockedMessage(nowLocked, now) : INVALID_CREDENTIALS);
  }
  await clearSignInFailures(db, key);
  return user;
}
