import 'server-only';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache } from 'react';
import { REQUEST_ID_HEADER } from '@/server/log/request-id';
import { appRouter } from '@/server/routers/_app';
import { createCallerFactory } from '@/server/trpc/init';
import { createRequestContext } from '@/server/trpc/request-context';
import { makeQueryClient } from './query-client';

const createCaller = createCallerFactory(appRouter);

/** One context per request: the session is decoded once, whatever reads the page makes. */
const getRequestContext = cache(async () => {
  const h = await headers();
  const proto = h.get('x-forwarded-proto') ?? 'http';
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  return createRequestContext(`${proto}://${host}`, h.get(REQUEST_ID_HEADER));
});

/** Server components call the router directly, with the same checks as over HTTP. */
export const getServerApi = cache(async () => createCaller(await getRequestContext()));

/** The request's query cache: what server components prefetch, client components then read. */
export const getQueryClient = cache(makeQueryClient);

/** Query options for prefetching in server components (`getQueryClient().prefetchQuery(…)`). */
export const serverTrpc = createTRPCOptionsProxy({
  ctx: getRequestContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/** Hands what this request prefetched to the client components below it. */
export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
