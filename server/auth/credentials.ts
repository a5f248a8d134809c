import 'server-only';
import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { findUserByEmail, normalizeEmail } from '@/server/queries/users';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  clearSignInFailures,
  PAIR_RULE,
  recordSignInFailure,
  signInLockedUntil,
  type ThrottleRule,
} from '@/server/queries/sign-in-throttle';
import { timingDummyHash, verifyPassword } from './password';

// One message for an unknown email and a wrong password, so sign-in does not reveal who has an account.
export const INVALID_CREDENTIALS = 'Wrong email or password.';

/** "Too many <what>. Try again in N minutes." — sign-in's and the password change's lock. */
export function lockedMessage(
  until: Date,
  now = new Date(),
  what = 'failed sign-ins for this email',
): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export function slowedMessage(until: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return `Too many failed sign-ins for this email: wait ${seconds} seconds before trying again.`;
}

export class SignInError extends Error {}

type Counter = { key: string; rule: ThrottleRule; message: (until: Date, now: Date) => string };

/**
 * The counters a sign-in is held to. One address guessing one account is locked out of it; one
 * address trying many accounts is locked out; all addresses together on one account only slow
 * it down — so no stranger can lock a user out, and a spread-out guesser still crawls.
 */
function countersFor(email: string, address: string | null): Counter[] {
  const account: Counter = { key: `email:${email}`, rule: ACCOUNT_RULE, message: slowedMessage };
  if (!address) return [account];
  return [
    { key: `pair:${address}|${email}`, rule: PAIR_RULE, message: lockedMessage },
    {
      key: `addr:${address}`,
      rule: ADDRESS_RULE,
      message: (until, now) => lockedMessage(until, now, 'failed sign-ins from this address'),
    },
    account,
  ];
}

async function refusal(db: Db, counters: Counter[], now: Date): Promise<string | null> {
  for (const c of counters) {
    const until = await signInLockedUntil(db, c.key, now);
    if (until) return c.message(until, now);
  }
  return null;
}

/**
 * Checks an email and password, counting failures by address and account (see countersFor);
 * throws SignInError with the user-facing message.
 */
export async function authenticateWithPassword(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
  address: string | null = null,
): Promise<User> {
  const key = normalizeEmail(email);
  if (!key || !password) throw new SignInError(INVALID_CREDENTIALS);
  const counters = countersFor(key, address);

  const refused = await refusal(db, counters, now);
  if (refused) throw new SignInError(refused);

  const user = await findUserByEmail(db, key);
  const ok = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : // Spend the same time on an unknown email as on a wrong password.
      (await verifyPassword(password, await timingDummyHash()), false);

  if (!user || !ok) {
    for (const c of counters) await recordSignInFailure(db, c.key, now, c.rule);
    throw new SignInError((await refusal(db, counters, now)) ?? INVALID_CREDENTIALS);
  }
  // Knowing the password ends this address's and the account's runs (not the address's own
  // count across accounts, which a sprayer could otherwise reset with an account of their own).
  await clearSignInFailures(
    db,
    ...counters.filter((c) => c.rule !== ADDRESS_RULE).map((c) => c.key),
  );
  return user;
}
