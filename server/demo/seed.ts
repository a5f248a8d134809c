import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { memberships, teams, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { hashPassword } from '@/server/auth/password';
import { logActivity } from '@/server/queries/activity';
import { freeSlug } from '@/server/queries/teams';
import { countUsers, normalizeEmail } from '@/server/queries/users';
import { importIntoTeam } from '@/server/transfer/import';
import { formatProblem } from '@/server/transfer/validate';
import { DEMO_OWNER, DEMO_PASSWORD, DEMO_TEAM_NAME, DEMO_TEAMMATES } from './account';
import northwind from './northwind.json';

/** The six demo accounts, the owner first. */
const DEMO_PEOPLE = [{ ...DEMO_OWNER, role: 'owner' as const }, ...DEMO_TEAMMATES];
const DEMO_EMAILS = DEMO_PEOPLE.map((p) => normalizeEmail(p.email));

/**
 * Seeds the demo account, its teammates and the Northwind Creative team with its systems and
 * processes, only on a database with no users at all (so it runs once, and never into real data).
 * All in one transaction: a seed cut short leaves nothing behind, so the next start seeds again.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  // scrypt is slow on purpose: hash the shared demo password once for all six accounts, before
  // taking the write lock.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return withTransaction(db, async (tx) => {
    // Another server starting on the same database may have seeded it meanwhile.
    if ((await countUsers(tx)) > 0) return false;
    const accounts = await ensureDemoAccounts(tx, passwordHash);
    const [team] = await tx
      .insert(teams)
      .values({ name: DEMO_TEAM_NAME, slug: await freeSlug(tx, DEMO_TEAM_NAME) })
      .returning({ id: teams.id });
    await seedDemoTeam(tx, { teamId: team!.id, accounts });
    return true;
  });
}

/** Whether some demo account is missing (then ensureDemoAccounts needs the password's hash). */
export async function demoAccountsMissing(db: Db): Promise<boolean> {
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.emailNormalized, DEMO_EMAILS));
  return found.length < DEMO_EMAILS.length;
}

/**
 * The demo accounts' user ids by email, inside the caller's transaction: a missing one is created
 * with the shared password (`passwordHash`), and one a visitor renamed gets its demo name back.
 * Existing passwords are never touched.
 */
export async function ensureDemoAccounts(
  tx: Tx,
  passwordHash: string | null,
): Promise<Map<string, string>> {
  const ids = new Map(
    (
      await tx
        .select({ id: users.id, email: users.emailNormalized })
        .from(users)
        .where(inArray(users.emailNormalized, DEMO_EMAILS))
    ).map((u) => [u.email, u.id]),
  );
  for (const person of DEMO_PEOPLE) {
    const email = normalizeEmail(person.email);
    const id = ids.get(email);
    if (id) {
      // Only when it differs: a rename bumps the data version of every team the user is in.
      await tx
        .update(users)
        .set({ name: person.name })
        .where(and(eq(users.id, id), ne(users.name, person.name)));
      continue;
    }
    if (!passwordHash) throw new Error(`The demo account ${person.email} is missing.`);
    const [created] = await tx
      .insert(users)
      .values({ name: person.name, email: person.email, emailNormalized: email, passwordHash })
      .returning({ id: users.id });
    ids.set(email, created!.id);
  }
  return ids;
}

/**
 * Fills an empty team with the demo, inside the caller's transaction: Dana as its owner and her
 * teammates with their costs and capacity, then the Northwind Creative systems and processes.
 * Used by the first seed and by the demo's reset (server/demo/demo-team.ts), so both give the
 * same team.
 */
export async function seedDemoTeam(
  tx: Tx,
  { teamId, accounts }: { teamId: string; accounts: ReadonlyMap<string, string> },
): Promise<void> {
  const ownerId = accounts.get(normalizeEmail(DEMO_OWNER.email))!;
  for (const person of DEMO_PEOPLE) {
    const userId = accounts.get(normalizeEmail(person.email))!;
    await tx.insert(memberships).values({
      teamId,
      userId,
      role: person.role,
      hourlyCost: person.hourlyCost,
      weeklyCapacityHours: person.weeklyCapacityHours,
    });
    await logActivity(
      tx,
      person.role === 'owner'
        ? {
            teamId,
            actorUserId: userId,
            kind: 'team.created',
            summary: `created the team ${DEMO_TEAM_NAME}`,
          }
        : {
            teamId,
            actorUserId: userId,
            kind: 'member.joined',
            summary: `joined as ${person.role}`,
          },
    );
  }

  // Given the transaction, the import reads the memberships written just above.
  const imported = await importIntoTeam(tx, { teamId, actorUserId: ownerId, file: northwind });
  if (!imported.ok) {
    // A broken demo file is a bug in this repository, not a user error: fail loudly.
    throw new Error(
      `The demo content in server/demo/northwind.json is invalid:\n${imported.problems
        .map(formatProblem)
        .join('\n')}`,
    );
  }
}
