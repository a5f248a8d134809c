import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getServerApi } from './server';

/** The team named by the URL slug, once per request; a team the user is not in is a 404. */
export const getCurrentTeam = cache(async (slug: string) => {
  const api = await getServerApi();
  try {
    return await api.team.bySlug({ slug });
  } catch (err) {
    if (isNotFound(err)) notFound();
    throw err;
  }
});
