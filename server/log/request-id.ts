/**
 * The request id that ties a request's log lines together. An incoming `x-request-id` (from a
 * load balancer, or set by proxy.ts) is kept when it is a plain token; anything else — too
 * short, too long, spaces, quotes, newlines that could forge a log line — is replaced by a
 * fresh UUID. No server-only import: proxy.ts uses this too.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_REQUEST_ID = /^[\w-]{8,64}$/;

export function isSafeRequestId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_REQUEST_ID.test(value);
}

/** The incoming id when it is safe, else a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return isSafeRequestId(incoming) ? incoming : crypto.randomUUID();
}
