import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/routers/_app';
import { createRequestContext } from '@/server/trpc/request-context';

function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  // Browsers send Origin on every cross-site POST; a missing one is a same-origin or non-browser client.
  if (!origin) return true;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function handler(req: Request) {
  if (req.method !== 'GET' && !sameOrigin(req)) {
    return Response.json({ error: 'Cross-site requests are not allowed.' }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createRequestContext(new URL(req.url).origin),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
