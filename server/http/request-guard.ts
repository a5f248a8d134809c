import { LIMITS } from '@/server/transfer/format';

/** Signed-out calls (sign-up, an invitation's preview) are small. */
export const SIGNED_OUT_BODY_BYTES = 64 * 1024;
/** Signed in, the largest body is an import: the file, JSON-escaped. */
export const SIGNED_IN_BODY_BYTES = Math.ceil(LIMITS.fileBytes * 1.25);

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/**
 * Whether a request's Origin is the app's own: the configured public origin (NEXTAUTH_URL) when
 * there is one, else the origin the request reached — scheme and host, never a forwarded host
 * header a client can set.
 */
export function isSameOrigin(req: Request, publicOrigin: string | undefined): boolean {
  const origin = req.headers.get('origin');
  // Browsers send Origin on every cross-site POST; a missing one is a same-origin or non-browser client.
  if (!origin) return true;
  try {
    return new URL(origin).origin === new URL(publicOrigin ?? req.url).origin;
  } catch {
    return false;
  }
}

/** The body, read up to `limit` bytes; null when it is longer (the rest is never read). */
async function readLimited(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!req.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/**
 * What a tRPC call must be before any procedure sees it: a mutation from our own origin, with a
 * JSON body no larger than the caller may send. Returns the request to handle (its body read,
 * within the limit) or the refusal to send.
 */
export async function guardTrpcRequest(
  req: Request,
  { publicOrigin, signedIn }: { publicOrigin: string | undefined; signedIn: boolean },
): Promise<{ ok: true; req: Request } | { ok: false; response: Response }> {
  if (req.method === 'GET') return { ok: true, req };
  if (!isSameOrigin(req, publicOrigin)) {
    return { ok: false, response: refuse(403, 'Cross-site requests are not allowed.') };
  }
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, response: refuse(415, 'Send JSON (Content-Type: application/json).') };
  }
  const limit = signedIn ? SIGNED_IN_BODY_BYTES : SIGNED_OUT_BODY_BYTES;
  const tooBig = refuse(413, 'The request is too large.');
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, response: tooBig };
  const body = await readLimited(req, limit);
  if (body === null) return { ok: false, response: tooBig };
  return {
    ok: true,
    req: new Request(req.url, { method: req.method, headers: req.headers, body }),
  };
}
