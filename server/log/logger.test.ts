/**
 * What the server logs, captured while real flows run: an invitation created, previewed and
 * accepted through the real router, and sign-ins through next-auth's own handler with the app's
 * options (the credentials provider, the JWT, the session read). The captured text must hold the
 * facts an operator needs — procedure, request id, user and team ids, durations, slow calls —
 * and none of the secrets that passed through: tokens, the session JWT, passwords, emails.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import type { NextAuthOptions } from 'next-auth';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { getAuthOptions } from '@/server/auth/options';
import type { Mailer } from '@/server/email/mailer';
import { hashToken } from '@/server/queries/invitation-link';
import { localEngineFor } from '@/server/report/local-engine';
import { appRouter } from '@/server/routers/_app';
import { createCallerFactory } from '@/server/trpc/init';
import { callerFor, signedUpUser } from '@/test/caller';
import { createTestDb } from '@/test/db';
import { captureLog, LEVEL, type LogLine } from '@/test/log-capture';
import { teamWithOwner } from '@/test/team-fixture';
import { configuredLevel, createLogger, REDACT_PATHS } from './logger';
import { nextAuthLogger } from './next-auth-logger';
import { logProcedureCall, slowCallMs, wasLogged } from './procedure-log';
import { scrubText, serializeError } from './scrub';

// next-auth's options read the app's database and secret: point them at this file's.
const shared = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'a-test-secret-that-is-long-enough-for-production-use';
  return { db: undefined as Db | undefined };
});
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: () => shared.db!,
}));

const db = createTestDb();
shared.db = db;

const ANY_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PASSWORD = 'correct horse battery';

let log: ReturnType<typeof captureLog>;
afterEach(() => {
  log?.restore();
  delete process.env.OPSLENS_SLOW_MS;
});

const linesFor = (procedure: string) => log.lines().filter((l) => l.procedure === procedure);

function expectNoSecrets(text: string, secrets: string[]) {
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toMatch(ANY_EMAIL);
}

describe('an invitation, end to end through the router', () => {
  it('logs each call with its procedure, request, user, team and duration, and no token or email', async () => {
    log = captureLog();
    const { owner, team } = await teamWithOwner(db, 'Log Co');
    const invitee = await signedUpUser(db, 'Ivy Invitee');
    const failingMailer: Mailer = {
      send: async ({ to }) => {
        throw new Error(`550 mailbox unavailable: <${to}>`);
      },
    };
    const { link } = await callerFor(db, owner.id, failingMailer).invitation.create({
      teamId: team.id,
      email: invitee.email,
      role: 'member',
    });
    const token = link.split('/invite/')[1]!;
    // A call from a context with its own request id (as the HTTP handler makes) keeps it.
    const preview = await createCallerFactory(appRouter)({
      db,
      userId: null,
      sessionVersion: null,
      origin: 'http://opslens.test',
      mailer: null,
      report: localEngineFor(db),
      requestId: 'req-preview-0001',
    }).invitation.preview({ token });
    expect(preview.status).toBe('pending');
    await invitee.api.invitation.accept({ token });
    await expect(callerFor(db).invitation.preview({ token: 'x'.repeat(43) })).rejects.toThrow();
    await expect(callerFor(db).invitation.accept({ token })).rejects.toThrow();

    const text = log.text();
    expectNoSecrets(text, [token, hashToken(token), link, PASSWORD, owner.email, invitee.email]);
    expect(text).not.toContain('Log Co');
    expect(text).not.toContain('Ivy Invitee');

    const [created] = linesFor('invitation.create');
    expect(created).toMatchObject({
      level: LEVEL.info,
      type: 'mutation',
      userId: owner.id,
      teamId: team.id,
      ok: true,
    });
    expect(created!.requestId).toEqual(expect.stringMatching(/^[\w-]{8,64}$/));
    expect(created!.durationMs).toEqual(expect.any(Number));
    expect(created).not.toHaveProperty('input');
    expect(created).not.toHaveProperty('slow');

    const previews = linesFor('invitation.preview');
    expect(previews[0]).toMatchObject({
      requestId: 'req-preview-0001',
      type: 'query',
      userId: null,
      ok: true,
    });
    expect(previews[0]).not.toHaveProperty('teamId');
    expect(previews[1]).toMatchObject({ ok: false, code: 'NOT_FOUND', level: LEVEL.info });

    const accepts = linesFor('invitation.accept');
    expect(accepts[0]).toMatchObject({ userId: invitee.id, ok: true });
    expect(accepts[1]).toMatchObject({ userId: null, ok: false, code: 'UNAUTHORIZED' });

    // Sign-ups went through too, with their passwords in the input: not logged.
    expect(linesFor('auth.signUp').length).toBeGreaterThanOrEqual(2);
    // The failed email is logged, without the recipient the mailer's message named.
    const mailFailure = log.lines().find((l) => l.msg === 'Sending an invitation email failed');
    expect(mailFailure).toMatchObject({ level: LEVEL.error, teamId: team.id });
    expect((mailFailure!.err as { message: string }).message).toBe(
      '550 mailbox unavailable: <[email]>',
    );
  });

  it(`warns about calls slower than OPSLENS_SLOW_MS`, async () => {
    const { owner, team } = await teamWithOwner(db, 'Slow Co');
    log = captureLog('info');
    process.env.OPSLENS_SLOW_MS = '-1';
    await owner.api.member.list({ teamId: team.id });
    const [line] = linesFor('member.list');
    expect(line).toMatchObject({
      level: LEVEL.warn,
      slow: true,
      ok: true,
      userId: owner.id,
      teamId: team.id,
      msg: 'slow query member.list',
    });
  });

  it('logs an internal error at error level with its stack, scrubbed, once', async () => {
    log = captureLog('info');
    const cause = new Error(
      'Failed query: insert into "users" ("email") values (?)\nparams: boss@example.com,s3cr3t',
    );
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });
    const result = await logProcedureCall(
      {
        requestId: undefined,
        userId: 'u1',
        path: 'x.y',
        type: 'mutation',
        getRawInput: async () => ({ teamId: 't-1', password: PASSWORD, email: 'a@b.co' }),
      },
      async () => ({ ok: false as const, error }),
    );
    expect(result).toEqual({ ok: false, error });
    expect(wasLogged(error)).toBe(true);
    const [line] = log.lines();
    expect(line).toMatchObject({
      level: LEVEL.error,
      code: 'INTERNAL_SERVER_ERROR',
      teamId: 't-1',
    });
    const err = line!.err as { stack: string; cause: { message: string; stack: string } };
    expect(err.stack).toMatch(/\n\s+at /);
    expect(err.cause.message).toBe(
      'Failed query: insert into "users" ("email") values (?)\nparams: [redacted]',
    );
    expectNoSecrets(log.text(), ['s3cr3t', PASSWORD]);
  });

  it('never changes what a call answers, even when logging itself fails', async () => {
    const result = await logProcedureCall(
      {
        requestId: 'req-0000-0001',
        userId: null,
        path: 'a.b',
        type: 'query',
        getRawInput: () => Promise.reject(new Error('unparseable')),
      },
      async () => ({ ok: true as const, data: 42 }),
    );
    expect(result).toEqual({ ok: true, data: 42 });
  });
});

/** next-auth's core handler: what the route's NextAuth() adapter calls after reading next/headers. */
type AuthRequest = {
  action: 'csrf' | 'callback' | 'session';
  method: 'GET' | 'POST';
  providerId?: string;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  body?: Record<string, string>;
  query?: Record<string, string>;
};
type AuthResponse = {
  status?: number;
  body?: unknown;
  redirect?: string;
  cookies?: { name: string; value: string }[];
};
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve('node_modules/next-auth/core/index.js'),
) as { AuthHandler: (p: { req: AuthRequest; options: NextAuthOptions }) => Promise<AuthResponse> };

describe('signing in through next-auth', () => {
  let user: Awaited<ReturnType<typeof signedUpUser>>;
  beforeAll(async () => {
    user = await signedUpUser(db, 'Sam Signin');
  });

  const headers = { host: 'opslens.test', 'x-request-id': 'signin-request-01' };
  const auth = (req: Omit<AuthRequest, 'headers'>) =>
    AuthHandler({ req: { headers, query: {}, ...req }, options: getAuthOptions() });

  async function signIn(password: string) {
    const csrf = await auth({ action: 'csrf', method: 'GET', cookies: {} });
    const csrfCookie = csrf.cookies!.find((c) => c.name.includes('csrf-token'))!;
    const { csrfToken } = csrf.body as { csrfToken: string };
    const res = await auth({
      action: 'callback',
      providerId: 'credentials',
      method: 'POST',
      cookies: { [csrfCookie.name]: csrfCookie.value },
      body: { csrfToken, email: user.email, password, callbackUrl: '/' },
    });
    return { res, secrets: [csrfToken, csrfCookie.value] };
  }

  it('logs sign-ins by user id and refusals by reason, and never the JWT, password or email', async () => {
    log = captureLog();
    const good = await signIn(PASSWORD);
    const session = good.res.cookies?.find((c) => c.name.includes('session-token'));
    expect(session?.value).toMatch(/^eyJ/);
    const bad = await signIn('not the password');
    expect(bad.res.redirect).toContain('error=');

    // The session is read back; a tampered cookie is refused and next-auth logs an error.
    const read = await auth({
      action: 'session',
      method: 'GET',
      cookies: { [session!.name]: session!.value },
    });
    expect(read.body).toMatchObject({ user: { id: user.id } });
    const tampered = `${session!.value.slice(0, -6)}AAAAAA`;
    await auth({ action: 'session', method: 'GET', cookies: { [session!.name]: tampered } });

    const text = log.text();
    expectNoSecrets(text, [
      session!.value,
      tampered,
      PASSWORD,
      'not the password',
      user.email,
      getAuthOptions().secret!,
      ...good.secrets,
      ...bad.secrets,
    ]);
    const signIns = log.lines().filter((l) => l.event === 'signIn');
    expect(signIns).toEqual([
      expect.objectContaining({ ok: true, userId: user.id, requestId: 'signin-request-01' }),
      expect.objectContaining({ ok: false, reason: 'invalid', requestId: 'signin-request-01' }),
    ]);
    expect(signIns[1]).not.toHaveProperty('userId');
    const jwtError = log.lines().find((l) => l.code === 'JWT_SESSION_ERROR');
    expect(jwtError).toMatchObject({ level: LEVEL.error, source: 'next-auth' });
  });

  it("keeps only the code and a scrubbed error of next-auth's metadata", () => {
    log = captureLog();
    nextAuthLogger.error('SIGNIN_OAUTH_ERROR', {
      error: new Error('Profile for lee@example.com rejected'),
      providerId: 'github',
      profile: { email: 'lee@example.com' },
      token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.signature',
    } as never);
    nextAuthLogger.debug('OAUTH_CALLBACK_RESPONSE', { access_token: 'ghp_secret' } as never);
    const [error, debug] = log.lines() as [LogLine, LogLine];
    expect(error).toMatchObject({ code: 'SIGNIN_OAUTH_ERROR', level: LEVEL.error });
    expect((error.err as { message: string }).message).toBe('Profile for [email] rejected');
    expect(debug).toMatchObject({ code: 'OAUTH_CALLBACK_RESPONSE', level: LEVEL.debug });
    expectNoSecrets(log.text(), ['eyJhbGciOiJIUzI1NiJ9', 'ghp_secret']);
  });
});

describe('the logger itself', () => {
  it('takes its level from LOG_LEVEL, silent under Vitest by default', () => {
    expect(configuredLevel({ LOG_LEVEL: 'debug' })).toBe('debug');
    expect(configuredLevel({ LOG_LEVEL: ' WARN ' })).toBe('warn');
    expect(configuredLevel({ LOG_LEVEL: 'loud' })).toBe('info');
    expect(configuredLevel({})).toBe('info');
    expect(configuredLevel({ VITEST: 'true' })).toBe('silent');
  });

  it('reads OPSLENS_SLOW_MS, 1000 by default', () => {
    expect(slowCallMs({})).toBe(1000);
    expect(slowCallMs({ OPSLENS_SLOW_MS: '' })).toBe(1000);
    expect(slowCallMs({ OPSLENS_SLOW_MS: 'soon' })).toBe(1000);
    expect(slowCallMs({ OPSLENS_SLOW_MS: '250' })).toBe(250);
    expect(slowCallMs({ OPSLENS_SLOW_MS: '0' })).toBe(0);
  });

  it('redacts secret-looking keys, should one ever be logged', () => {
    let text = '';
    const logger = createLogger({ write: (s: string) => void (text += s) }, 'info');
    logger.info({
      email: 'a@b.co',
      input: { password: PASSWORD },
      user: { passwordHash: 'scrypt$hash', tokenHash: 'abc' },
      req: { headers: { cookie: 'next-auth.session-token=eyJx', authorization: 'Bearer t' } },
    });
    for (const secret of ['a@b.co', PASSWORD, 'scrypt$hash', '"abc"', 'eyJx', 'Bearer t']) {
      expect(text).not.toContain(secret);
    }
    expect(REDACT_PATHS).toEqual(expect.arrayContaining(['*.token', 'req.headers.cookie']));
  });

  it('scrubs emails, JWTs, long tokens and query parameters out of error text', () => {
    const token = 'Q'.repeat(43);
    expect(scrubText(`no invite for ${token} to Bo.Smith+x@mail.example.org`)).toBe(
      'no invite for [secret] to [email]',
    );
    expect(scrubText('bad eyJhbGciOiJkaXIifQ..abc.def.ghi cookie')).toBe('bad [jwt] cookie');
    // Ids (UUIDs) and file paths stay readable.
    const id = '0b6c5a5e-8f3e-4c1e-9a55-7d1c2f3b4a5e';
    expect(scrubText(`team ${id} at node_modules/@trpc/server`)).toBe(
      `team ${id} at node_modules/@trpc/server`,
    );
    const err = Object.assign(new Error('for x@y.io'), { code: 'E_MAIL', recipient: 'x@y.io' });
    const out = serializeError(err);
    expect(out).toMatchObject({ type: 'Error', message: 'for [email]', code: 'E_MAIL' });
    expect(JSON.stringify(out)).not.toContain('x@y.io');
  });
});
