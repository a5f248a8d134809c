import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { getAuthSecret } from '@/server/auth/secret';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/server/log/request-id';

/** The app's pages; signed-out visitors of these are sent to sign in (a convenience only). */
const SIGNED_IN_ONLY = [/^\/t\//, /^\/onboarding(\/|$)/, /^\/teams\//];

/**
 * A Content-Security-Policy with a fresh nonce per request: only scripts Next.js renders with
 * that nonce (and what they load) run, so injected markup cannot execute. No 'unsafe-eval'
 * outside development (React's dev tools need it there); nothing may frame the app.
 */
function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Tailwind's classes are files; inline style attributes (bar widths) and toast styles remain.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (SIGNED_IN_ONLY.some((re) => re.test(pathname))) {
    const token = await getToken({ req, secret: getAuthSecret() });
    if (!token?.uid) {
      const url = req.nextUrl.clone();
      url.pathname = '/sign-in';
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  // One id for the request's log lines, passed on to the page or route and echoed back.
  const requestId = requestIdFrom(req.headers.get(REQUEST_ID_HEADER));
  headers.set(REQUEST_ID_HEADER, requestId);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  res.headers.set(REQUEST_ID_HEADER, requestId);
  // HSTS only means something over https (behind a proxy, as the proxy says it was reached).
  const proto = req.headers.get('x-forwarded-proto') ?? req.nextUrl.protocol.replace(':', '');
  if (proto === 'https') {
    res.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
  return res;
}

export const config = {
  // Every page and route, not the build's static files or the icon.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
