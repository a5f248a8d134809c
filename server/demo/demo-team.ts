import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { first } from '@/db/raw';
import { memberships, teams, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { hashPassword } from '@/server/auth/password';
import { DomainError } from '@/server/domain-error';
import { deleteTeamRows } from '@/server/queries/team-deletion';
import { slugify } from '@/server/queries/teams';
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_TEAM_NAME, isDemoEnabled } from './account';
import { demoAccountsMissing, ensureDemoAccounts, seedDemoTeam } from './seed';

/**
 * Whether a team is the shared demo: the demo is on, the demo account belongs to the team, and
 * it is the database's first team (the seed makes it on an empty database). Neither its name nor
 * its web address count, as any admin may change them; and the first-team rule keeps out the
 * teams visitors create while signed in as the demo account.
 */
export async function isDemoTeam(db: Db, teamId: string): Promise<boolean> {
  if (!isDemoEnabled()) return false;
  const demoMember = await first(
    db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.teamId, teamId), eq(users.emailNormalized, DEMO_EMAIL)))
      .limit(1),
  );
  if (!demoMember) return false;
  const firstTeam = await first(
    db.select({ id: teams.id }).from(teams).orderBy(asc(teams.createdAt), asc(teams.id)).limit(1),
  );
  return firstTeam?.id === teamId;
}

export const NOT_THE_DEMO = 'Only the demo team can be reset.';

/**
 * Puts the demo team back to its first state, in one transaction: every row of the team is
 * deleted (the code that deletes a team) and the demo is seeded into it again (the first seed's
 * code). The team keeps its id and creation time (so it stays the demo team and open pages keep
 * working) and gets its name and web address back; its data version moves on, so no report of
 * the old data is served for it. The demo accounts stay, passwords unchanged.
 */
export async function resetDemoTeam(
  db: Db,
  { teamId }: { teamId: string },
): Promise<{ slug: string }> {
  if (!(await isDemoTeam(db, teamId))) throw new DomainError('FORBIDDEN', NOT_THE_DEMO);
  // Only if an account is gone (never in practice): hashing is slow, so not under the lock.
  const passwordHash = (await demoAccountsMissing(db)) ? await hashPassword(DEMO_PASSWORD) : null;
  return withTransaction(db, async (tx) => {
    if (!(await isDemoTeam(tx, teamId))) throw new DomainError('FORBIDDEN', NOT_THE_DEMO);
    const before = await deleteTeamRows(tx, teamId);
    if (!before) throw new DomainError('NOT_FOUND', 'Team not found.');
    // Its own address again, unless another team has taken it since a rename.
    const wanted = slugify(DEMO_TEAM_NAME);
    const taken = await first(
      tx
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.slug, wanted), ne(teams.id, teamId)))
        .limit(1),
    );
    const slug = taken ? before.slug : wanted;
    // Every other column (currency, the analysis assumptions) takes the schema's default.
    await tx.insert(teams).values({
      id: teamId,
      name: DEMO_TEAM_NAME,
      slug,
      createdAt: before.createdAt,
      dataVersion: before.dataVersion + 1,
    });
    const accounts = await ensureDemoAccounts(tx, passwordHash);
    await seedDemoTeam(tx, { teamId, accounts });
    return { slug };
  });
}
