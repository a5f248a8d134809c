import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MISSING_SECRET_MESSAGE =
  'NEXTAUTH_SECRET is not set. In production Opslens refuses to start without it, because ' +
  'sessions signed with a throw-away secret would be forgeable or lost on restart. ' +
  'Set NEXTAUTH_SECRET to a long random string (e.g. `openssl rand -base64 32`).';

/** Below this, a secret can be guessed offline from one session cookie. */
export const MIN_SECRET_LENGTH = 32;

export const SHORT_SECRET_MESSAGE =
  `NEXTAUTH_SECRET is shorter than ${MIN_SECRET_LENGTH} characters. In production Opslens ` +
  'refuses it: a short secret can be guessed from one session cookie, and then anyone can sign ' +
  'in as anyone. Set a long random string (e.g. `openssl rand -base64 32`).';

/** The configured secret, refused in production when missing or too short. */
export function checkedSecret(fromEnv: string | undefined, production: boolean): string | null {
  if (!fromEnv) {
    if (production) throw new Error(MISSING_SECRET_MESSAGE);
    return null;
  }
  if (production && fromEnv.length < MIN_SECRET_LENGTH) throw new Error(SHORT_SECRET_MESSAGE);
  return fromEnv;
}

const LOCAL_SECRET_FILE = path.join(process.cwd(), 'data', '.auth-secret');

let cached: string | undefined;

/**
 * The secret that signs session tokens. In production it must come from the environment;
 * on a laptop one is generated on first run and kept in data/ (git-ignored), so no .env is needed.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const fromEnv = checkedSecret(
    process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
    process.env.NODE_ENV === 'production',
  );
  if (fromEnv) return (cached = fromEnv);
  try {
    cached = fs.readFileSync(LOCAL_SECRET_FILE, 'utf8').trim();
  } catch {
    cached = '';
  }
  if (!cached) {
    cached = randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(LOCAL_SECRET_FILE), { recursive: true });
    fs.writeFileSync(LOCAL_SECRET_FILE, cached, { mode: 0o600 });
  }
  return cached;
}
