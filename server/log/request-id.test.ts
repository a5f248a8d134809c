/**
 * The request id: which incoming ids are kept, and the tRPC HTTP handler using one — echoed in
 * the response, on every log line of the request, whether the call succeeds, is refused before
 * any procedure runs, or fails to build its context.
 */
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET, POST } from '@/app/api/trpc/[trpc]/route';
import type { Db } from '@/db/client';
import { createTestDb } from '@/test/db';
import { captureLog, LEVEL } from '@/test/log-capture';
import { isSafeRequestId, REQUEST_ID_HEADER, requestIdFrom } from './request-id';

const shared = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'a-test-secret-that-is-long-enough-for-production-use';
  return { db: undefined as Db | undefined, sessionFails: false };
});
// The handler outside Next: no request scope for next-auth's session, so it is signed out here.
vi.mock('@/server/auth/session', () => ({
  getSession: async () => {
    if (shared.sessionFails) throw new Error('session store down for ops@example.com');
    return null;
  },
}));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: () => shared.db!,
}));

shared.db = createTestDb();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps an incoming id of 8 to 64 letters, digits, _ and -', () => {
    for (const id of ['abcd1234', 'lb-7f3a_9c2e', 'A'.repeat(64), crypto.randomUUID()]) {
      expect(isSafeRequestId(id)).toBe(true);
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('replaces anything else with a fresh UUID', () => {
    const unsafe = [
      null,
      undefined,
      '',
      'short',
      'A'.repeat(65),
      'has spaces in it',
      'line\nbreak-12345',
      '{"level":60}',
      'id;rm -rf /',
      'ünïcødé-1234',
    ];
    for (const value of unsafe) {
      expect(isSafeRequestId(value)).toBe(false);
      expect(requestIdFrom(value)).toMatch(UUID);
    }
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});

describe('the tRPC HTTP handler', () => {
  let log: ReturnType<typeof captureLog>;
  afterEach(() => {
    log?.restore();
    shared.sessionFails = false;
  });

  const token = 'T'.repeat(43);
  const previewUrl = `http://opslens.test/api/trpc/invitation.preview?input=${encodeURIComponent(
    JSON.stringify({ json: { token } }),
  )}`;
  const get = (headers: Record<string, string> = {}) =>
    GET(new NextRequest(previewUrl, { headers }));

  it('echoes a safe incoming x-request-id and logs the call under it, without the input', async () => {
    log = captureLog();
    const res = await get({ [REQUEST_ID_HEADER]: 'lb-abcdef-123456' });
    expect(res.status).toBe(404);
    expect(res.headers.get(REQUEST_ID_HEADER)).toBe('lb-abcdef-123456');
    expect(log.lines()).toEqual([
      expect.objectContaining({
        requestId: 'lb-abcdef-123456',
        procedure: 'invitation.preview',
        type: 'query',
        userId: null,
        ok: false,
        code: 'NOT_FOUND',
      }),
    ]);
    expect(log.text()).not.toContain(token);
  });

  it('replaces an unsafe one, in the response and the log alike', async () => {
    log = captureLog();
    const res = await get({ [REQUEST_ID_HEADER]: 'not a safe id' });
    const id = res.headers.get(REQUEST_ID_HEADER);
    expect(id).toMatch(UUID);
    expect(log.lines()[0]!.requestId).toBe(id);
  });

  it('sends one on a refusal before any procedure runs', async () => {
    const res = await POST(
      new NextRequest('http://opslens.test/api/trpc/team.create', {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(res.status).toBe(403);
    expect(res.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });

  it('logs a failure outside the procedures (the context) once, at error, scrubbed', async () => {
    log = captureLog();
    shared.sessionFails = true;
    const res = await get({ [REQUEST_ID_HEADER]: 'ctx-fails-0001' });
    expect(res.status).toBe(500);
    const lines = log.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: LEVEL.error,
      requestId: 'ctx-fails-0001',
      procedure: 'invitation.preview',
      msg: 'tRPC request failed',
    });
    expect(log.text()).not.toContain('ops@example.com');
  });
});
