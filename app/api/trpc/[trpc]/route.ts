import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { getAuthSecret } from '@/server/auth/secret';
import { guardTrpcRequest } from '@/server/http/request-guard';
import { getLogger } from '@/server/log/logger';
import { wasLogged } from '@/server/log/procedure-log';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/server/log/request-id';
import { appRouter } from '@/server/routers/_app';
import { createRequestContext } from '@/server/trpc/request-context';

async function handler(incoming: NextRequest) {
  const requestId = requestIdFrom(incoming.headers.get(REQUEST_ID_HEADER));
  const res = await handle(incoming, requestId);
  res.headers.set(REQUEST_ID_HEADER, requestId);
  return res;
}

async function handle(incoming: NextRequest, requestId: string): Promise<Response> {
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
    createContext: () => createRequestContext(new URL(incoming.url).origin, requestId),
    onError({ error, path, type }) {
      // A procedure's own failure is logged by its middleware; this is the rest (the context).
      if (error.code === 'INTERNAL_SERVER_ERROR' && !wasLogged(error))
        getLogger().error({ requestId, procedure: path, type, err: error }, 'tRPC request failed');
    },
  });
}

export { handler as GET, handler as POST };
