import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { getAuthSecret } from '@/server/auth/secret';

/**
 * Sends signed-out visitors of app pages to sign in, keeping where they were going.
 * A convenience only: pages and procedures check the session and membership themselves.
 */
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: getAuthSecret() });
  if (token?.uid) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/t/:path*', '/onboarding', '/teams/:path*'] };
