import { redirect } from 'next/navigation';
import { getServerApi } from '@/trpc/server';
import { getSessionUserId } from '@/server/auth/session';

/** The front door: to the first team, to naming a business, or to sign-in. */
export default async function Home() {
  if (!(await getSessionUserId())) redirect('/sign-in');
  const api = await getServerApi();
  const teams = await api.team.mine();
  redirect(teams[0] ? `/t/${teams[0].slug}` : '/onboarding');
}
