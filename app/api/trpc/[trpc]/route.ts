import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { getAuthSecret } from '@/server/auth/secret';
import { guardTrpcRequest } from '@/server/http/request-guard';
import { appRouter } from '@/server/routers/_app';
import { createRequestContext } from '@/server/trpc/request-context';

async function handler(incoming: NextRequest) {
  // Only the token's presence sets the size allowed; procedures check the session themselves.
  const signedIn = Boolean((await getToken({ req: incoming, secret: getAuthSecret() }))?.uid);
  const guarded = await guardTrpcRequest(incoming, {
    publicOrigin: process.env.NEXTAUTH_URL,
    signedIn,
  });
  if (!guarded.ok) return guarded.response;
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: guarded.req,
    router: appRouter,
    createContext: () => createRequestContext(new URL(incoming.url).origin),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
