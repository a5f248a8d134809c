import { describe, expect, it } from 'vitest';
import { guardTrpcRequest, isSameOrigin, SIGNED_OUT_BODY_BYTES } from './request-guard';

const URL_ = 'https://opslens.example/api/trpc/auth.signUp';
const post = (headers: Record<string, string>, body: BodyInit = '{}') =>
  new Request(URL_, { method: 'POST', headers, body });

describe('isSameOrigin', () => {
  it('compares scheme and host with the configured public origin, not a forwarded host', () => {
    const req = (origin: string, extra: Record<string, string> = {}) =>
      new Request('http://10.0.0.5:3000/api/trpc/x', { headers: { origin, ...extra } });
    expect(isSameOrigin(req('https://opslens.example'), 'https://opslens.example')).toBe(true);
    // The right host over the wrong scheme is another origin.
    expect(isSameOrigin(req('http://opslens.example'), 'https://opslens.example')).toBe(false);
    // A client-set X-Forwarded-Host naming the attacker's site proves nothing.
    expect(
      isSameOrigin(req('https://evil.example', { 'x-forwarded-host': 'evil.example' }), undefined),
    ).toBe(false);
    expect(isSameOrigin(req('null'), 'https://opslens.example')).toBe(false);
  });
});

describe('guardTrpcRequest', () => {
  const opts = { publicOrigin: 'https://opslens.example', signedIn: false };

  it('lets through a same-origin JSON call, its body intact', async () => {
    const result = await guardTrpcRequest(
      post({ origin: 'https://opslens.example', 'content-type': 'application/json' }, '{"a":1}'),
      opts,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(await result.req.text()).toBe('{"a":1}');
  });

  it('refuses another site, a multipart or form body, and a body over the limit', async () => {
    const status = async (req: Request, signedIn = false) => {
      const r = await guardTrpcRequest(req, { ...opts, signedIn });
      return r.ok ? 200 : r.response.status;
    };
    expect(
      await status(post({ origin: 'https://evil.example', 'content-type': 'application/json' })),
    ).toBe(403);
    expect(await status(post({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(415);
    expect(await status(post({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(415);
    expect(await status(post({ 'content-type': 'text/plain' }))).toBe(415);
    expect(await status(post({}))).toBe(415);
    const big = 'x'.repeat(SIGNED_OUT_BODY_BYTES + 1);
    // Declared too long, or streamed without a length: refused either way while signed out…
    expect(
      await status(
        post({ 'content-type': 'application/json', 'content-length': String(big.length) }, big),
      ),
    ).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    expect(
      await status(
        new Request(URL_, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit),
      ),
    ).toBe(413);
    // …while a signed-in member may send a large import.
    expect(await status(post({ 'content-type': 'application/json' }, big), true)).toBe(200);
  });
});
