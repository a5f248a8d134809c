/**
 * The address a request came from, for sign-in throttling. Behind OPSLENS_TRUSTED_PROXIES
 * reverse proxies, each of which appends to X-Forwarded-For, the client is that many entries
 * from the end. Exposed directly (0, the default), Next.js sets the header to the socket's
 * address — unless the client sent one itself, which it can forge: then the per-account
 * slow-down still holds, whatever address is claimed.
 */
export function clientAddress(
  headers: Headers | Record<string, string | string[] | undefined>,
  trustedProxies = Number(process.env.OPSLENS_TRUSTED_PROXIES ?? 0) || 0,
): string | null {
  const raw =
    headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const hops = (value ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  const at = Math.max(0, hops.length - Math.max(1, trustedProxies));
  // Bounded, so a forged header cannot make a huge key.
  return hops[at]!.slice(0, 64);
}
