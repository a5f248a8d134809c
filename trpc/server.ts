import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getSessionUserId } from '@/server/auth/session';
import { appRouter } from '@/server/routers/_app';
import { createCallerFactory } from '@/server/trpc/init';

const createCaller = createCallerFactory(appRouter);

/** Server components call the router directly, with the same checks as over HTTP. */
export const getServerApi = cache(async () =>
  createCaller({ db: getDb(), userId: await getSessionUserId() }),
);
