import NextAuth from 'next-auth';
import { getAuthOptions } from '@/server/auth/options';

// Options are built per request (and cached) rather than at import, so `next build` needs no secret.
type RouteContext = { params: Promise<{ nextauth: string[] }> };
function handler(req: Request, ctx: RouteContext) {
  return NextAuth(req as never, ctx as never, getAuthOptions());
}

export { handler as GET, handler as POST };
