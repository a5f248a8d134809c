import 'server-only';
import type { Db } from '@/db/client';
import { hashPassword } from '@/server/auth/password';
import { createTeamWithOwner, freeSlug } from '@/server/queries/teams';
import { countUsers, insertUser } from '@/server/queries/users';
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_TEAM_NAME } from './account';

/** Seeds the demo account and team, only on a database with no users at all. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const user = await insertUser(db, {
    name: 'Dana Demo',
    email: DEMO_EMAIL,
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  await createTeamWithOwner(db, {
    name: DEMO_TEAM_NAME,
    slug: await freeSlug(db, DEMO_TEAM_NAME),
    userId: user.id,
  });
  return true;
}
