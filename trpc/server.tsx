import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { appRouter } from '@/server/routers/_app';
import { createCallerFactory } from '@/server/trpc/init';
import { createRequestContext } from '@/server/trpc/request-context';

const createCaller = createCallerFactory(appRouter);

/** Server components call the router directly, with the same checks as over HTTP. */
export const getServerApi = cache(async () => {
  const h = await headers();
  const proto = h.get('x-forwarded-proto') ?? 'http';
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  return createCaller(await createRequestContext(`${proto}://${host}`));
});
