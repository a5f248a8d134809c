import 'server-only';
import { and, asc, eq, like, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerConnection } from '@/db/prepared';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { memberships, teams, type Membership, type Role, type Team } from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { logActivity } from './activity';

export type TeamMembership = { team: Team; membership: Membership };

/** The caller's membership in a team, read fresh from the database; undefined when not a member. */
// Read on every team call.
const membershipOf = preparedPerConnection((db) =>
  db
    .select({ team: teams, membership: memberships })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(
      and(
        eq(memberships.teamId, sql.placeholder('teamId')),
        eq(memberships.userId, sql.placeholder('userId')),
      ),
    )
    .limit(1),
);

export async function findMembership(
  db: Db,
  { teamId, userId }: { teamId: string; userId: string },
): Promise<TeamMembership | undefined> {
  return first(membershipOf(db, { teamId, userId }));
}

export async function findMembershipBySlug(
  db: Db,
  { slug, userId }: { slug: string; userId: string },
): Promise<TeamMembership | undefined> {
  return db
    .select({ team: teams, membership: memberships })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(eq(teams.slug, slug), eq(memberships.userId, userId)))
    .limit(1)
    .then((rows) => rows[0]);
}

export async function listTeamsOfUser(
  db: Db,
  userId: string,
): Promise<{ id: string; name: string; slug: string; role: Role }[]> {
  return db
    .select({ id: teams.id, name: teams.name, slug: teams.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(teams.name), asc(teams.id));
}

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return base || 'team';
}

/** A free slug for a name: the slugified name, or with -2, -3… appended when taken. */
export async function freeSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (
      await db
        .select({ slug: teams.slug })
        .from(teams)
        .where(or(eq(teams.slug, base), like(teams.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Creates a team and makes the user its owner, in one transaction. */
export async function createTeamWithOwner(
  db: Db,
  { name, slug, userId }: { name: string; slug: string; userId: string },
): Promise<Team> {
  return withTransaction(db, async (tx) => {
    const [team] = await tx.insert(teams).values({ name, slug }).returning();
    await tx.insert(memberships).values({ teamId: team!.id, userId, role: 'owner' });
    await logActivity(tx, {
      teamId: team!.id,
      actorUserId: userId,
      kind: 'team.created',
      summary: `created the team ${name}`,
    });
    return team!;
  });
}

const SETTING_LABELS: Record<string, string> = {
  name: 'name',
  slug: 'web address',
  currency: 'currency',
  defaultHourlyCost: 'default hourly cost',
  workingDaysPerWeek: 'working days per week',
  weeksPerYear: 'weeks per year',
  horizonYears: 'analysis horizon',
  defaultAutomationEffortHours: 'default automation effort',
  minHoursPerYear: 'minimum hours per year',
};

export type TeamSettingsValues = Pick<
  Team,
  | 'name'
  | 'slug'
  | 'currency'
  | 'defaultHourlyCost'
  | 'workingDaysPerWeek'
  | 'weeksPerYear'
  | 'horizonYears'
  | 'defaultAutomationEffortHours'
  | 'minHoursPerYear'
>;

/** Saves the team's settings and logs what changed; a slug taken by another team is refused. */
export async function updateTeamSettings(
  db: Db,
  {
    teamId,
    actorUserId,
    values,
  }: { teamId: string; actorUserId: string; values: TeamSettingsValues },
): Promise<Team> {
  return withTransaction(db, async (tx) => {
    const before = await first(tx.select().from(teams).where(eq(teams.id, teamId)));
    if (!before) throw new DomainError('NOT_FOUND', 'Team not found.');
    const clash = await first(
      tx
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.slug, values.slug), ne(teams.id, teamId)))
        .limit(1),
    );
    if (clash) throw new DomainError('CONFLICT', 'That web address is taken. Try another.', 'slug');
    const changed = (Object.keys(values) as (keyof TeamSettingsValues)[]).filter(
      (k) => values[k] !== before[k],
    );
    if (changed.length === 0) return before;
    const [after] = await tx.update(teams).set(values).where(eq(teams.id, teamId)).returning();
    await logActivity(tx, {
      teamId,
      actorUserId,
      kind: 'team.settings_changed',
      summary: `changed ${changed
        .map((k) => `the ${SETTING_LABELS[k]} from ${before[k]} to ${values[k]}`)
        .join(', ')}`,
      data: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: values[k] }])),
    });
    return after!;
  });
}
