import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { hashPassword } from '@/server/auth/password';
import { logActivity } from '@/server/queries/activity';
import { createTeamWithOwner, freeSlug } from '@/server/queries/teams';
import { countUsers, insertUser, normalizeEmail } from '@/server/queries/users';
import { importIntoTeam } from '@/server/transfer/import';
import { formatProblem } from '@/server/transfer/validate';
import { DEMO_OWNER, DEMO_PASSWORD, DEMO_TEAM_NAME, DEMO_TEAMMATES } from './account';
import northwind from './northwind.json';

/**
 * Seeds the demo account, its teammates and the Northwind Creative team with its systems and
 * processes, only on a database with no users at all (so it runs once, and never into real data).
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  // scrypt is slow on purpose: hash the shared demo password once for all six accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const owner = await insertUser(db, {
    name: DEMO_OWNER.name,
    email: DEMO_OWNER.email,
    passwordHash,
  });
  const team = await createTeamWithOwner(db, {
    name: DEMO_TEAM_NAME,
    slug: await freeSlug(db, DEMO_TEAM_NAME),
    userId: owner.id,
  });

  await withTransaction(db, async (tx) => {
    await tx
      .update(memberships)
      .set({
        hourlyCost: DEMO_OWNER.hourlyCost,
        weeklyCapacityHours: DEMO_OWNER.weeklyCapacityHours,
      })
      .where(and(eq(memberships.teamId, team.id), eq(memberships.userId, owner.id)));
    for (const mate of DEMO_TEAMMATES) {
      const user = (
        await tx
          .insert(users)
          .values({
            name: mate.name,
            email: mate.email,
            emailNormalized: normalizeEmail(mate.email),
            passwordHash,
          })
          .returning({ id: users.id })
      )[0]!;
      await tx.insert(memberships).values({
        teamId: team.id,
        userId: user.id,
        role: mate.role,
        hourlyCost: mate.hourlyCost,
        weeklyCapacityHours: mate.weeklyCapacityHours,
      });
      await logActivity(tx, {
        teamId: team.id,
        actorUserId: user.id,
        kind: 'member.joined',
        summary: `joined as ${mate.role}`,
      });
    }
  });

  const imported = await importIntoTeam(db, {
    teamId: team.id,
    actorUserId: owner.id,
    file: northwind,
  });
  if (!imported.ok) {
    // A broken demo file is a bug in this repository, not a user error: fail loudly.
    throw new Error(
      `The demo content in server/demo/northwind.json is invalid:\n${imported.problems
        .map(formatProblem)
        .join('\n')}`,
    );
  }
  return true;
}
