import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { steps, systems, teams, users } from '@/db/schema';
import { DEMO_EMAIL, DEMO_OWNER, DEMO_TEAM_NAME, DEMO_TEAMMATES } from '@/server/demo/account';
import { seedDemoIfEmpty } from '@/server/demo/seed';
import { callerFor, signedUpUser } from '@/test/caller';
import { createTestDatabase } from '@/test/db';
import { dumpTables } from '@/test/table-dump';
import { expectTRPCError } from '@/test/trpc-error';

const { db, engine } = createTestDatabase();

const DEMO_EMAILS = [DEMO_OWNER, ...DEMO_TEAMMATES].map((p) => p.email);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

let teamId: string;
let dana: ReturnType<typeof callerFor>;
let leo: ReturnType<typeof callerFor>;
let maya: ReturnType<typeof callerFor>;

beforeAll(async () => {
  // The demo team is the database's first team, as on a real first start.
  expect(await seedDemoIfEmpty(db)).toBe(true);
  const [team] = await db.select().from(teams).where(eq(teams.slug, 'northwind-creative'));
  teamId = team!.id;
  const ids = new Map(
    (await db.select().from(users).where(inArray(users.email, DEMO_EMAILS))).map((u) => [
      u.email,
      u.id,
    ]),
  );
  dana = callerFor(db, ids.get(DEMO_EMAIL)!);
  leo = callerFor(db, ids.get('leo@opslens.app')!);
  maya = callerFor(db, ids.get('maya@opslens.app')!);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * The demo team's rows, every table, without what no two seeds share: ids (random UUIDs,
 * wherever they appear, references and activity data included), times (columns ending in
 * `_at`) and the data version (which only grows). Sorted per table, so the order rows were
 * written in does not count. What the ids connected is compared through the export below.
 */
async function teamRowsWithoutIds(): Promise<[string, string[]][]> {
  const dump = JSON.parse(await dumpTables(engine, { teamId })) as [
    string,
    Record<string, unknown>[],
  ][];
  return dump.map(([table, rows]) => [
    table,
    rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([column]) => column !== 'data_version')
            .map(([column, value]) => [
              column,
              column.endsWith('_at') && value !== null ? '<time>' : value,
            ]),
        ).replace(UUID, '<id>'),
      )
      .sort(),
  ]);
}

/**
 * Everything a visitor can see of the demo team, deterministic: the team's export (systems,
 * processes, steps, what-ifs, their owners and performers by email, links by process; in a
 * fixed order, without its timestamp), its settings, its members (user ids included: the
 * same accounts), and every row of it as above.
 */
async function demoState() {
  let text = '';
  for await (const chunk of await dana.transfer.export({ teamId })) text += chunk;
  const { exportedAt: _exportedAt, ...file } = JSON.parse(text) as Record<string, unknown>;
  const { settings } = await dana.team.settings({ teamId });
  const { members } = await dana.member.list({ teamId });
  return {
    file,
    settings,
    members: members
      .map(({ membershipId: _id, joinedAt: _joined, ...member }) => member)
      .sort((a, b) => a.email.localeCompare(b.email)),
    rows: await teamRowsWithoutIds(),
  };
}

async function dataVersion(): Promise<number> {
  const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
  return team!.dataVersion;
}

describe('team.resetDemo', () => {
  it('puts the demo team back as freshly seeded, for any member, keeping its id and its accounts', async () => {
    const seeded = await demoState();
    expect(seeded.settings).toMatchObject({ name: DEMO_TEAM_NAME, slug: 'northwind-creative' });
    const accountsBefore = await db
      .select({ id: users.id, email: users.email, hash: users.passwordHash })
      .from(users)
      .where(inArray(users.email, DEMO_EMAILS))
      .orderBy(users.email);

    // Visitors play: rename a system, add a step, change the settings and the web address,
    // give a verdict, invite someone, remove a teammate and rename one.
    const { members } = await dana.member.list({ teamId });
    const [marketing] = await db.select().from(systems).where(eq(systems.name, 'Marketing'));
    await dana.system.update({ teamId, systemId: marketing!.id, name: 'Marketing (renamed)' });
    const [captions] = await db
      .select()
      .from(steps)
      .where(eq(steps.title, 'Write captions for LinkedIn and Instagram'));
    await leo.step.create({
      teamId,
      processId: captions!.processId,
      title: 'A visitor’s step',
      minutes: 3,
    });
    await maya.review.decide({
      teamId,
      stepId: captions!.id,
      action: 'delegate',
      status: 'dismissed',
      reason: 'Just trying',
    });
    await maya.invitation.create({ teamId, email: 'visitor@example.com', role: 'member' });
    await dana.member.remove({
      teamId,
      membershipId: members.find((m) => m.email === 'priya@opslens.app')!.membershipId,
    });
    await leo.user.updateProfile({ name: 'Leo the Visitor' });
    const { settings } = await dana.team.settings({ teamId });
    await dana.team.updateSettings({
      teamId,
      ...settings,
      name: 'Playground',
      slug: 'playground',
      currency: 'EUR',
      weeksPerYear: 40,
    });
    const played = await demoState();
    expect(played).not.toEqual(seeded);
    const versionBefore = await dataVersion();

    // A plain member may reset: the demo is everyone's.
    expect(await leo.team.resetDemo({ teamId })).toEqual({ slug: 'northwind-creative' });

    expect(await demoState()).toEqual(seeded);
    // The same team (open pages keep working), with a data version that moved on, so no
    // report memoized for the played-with data is served for it.
    expect(await dataVersion()).toBeGreaterThan(versionBefore);
    expect((await dana.team.mine()).find((t) => t.id === teamId)).toMatchObject({
      slug: 'northwind-creative',
    });
    // The same accounts with the same passwords; the renamed one has its demo name back.
    const accountsAfter = await db
      .select({ id: users.id, email: users.email, hash: users.passwordHash })
      .from(users)
      .where(inArray(users.email, DEMO_EMAILS))
      .orderBy(users.email);
    expect(accountsAfter).toEqual(accountsBefore);
    expect((await leo.user.me()).name).toBe('Leo Brooks');
    // Search holds the demo's own words again, nothing of the rename.
    expect(
      (await dana.search.query({ teamId, q: 'renamed' })).length,
      'no trace of the rename in search',
    ).toBe(0);
  });

  it('is refused on every other team, even one the demo account owns, changing nothing', async () => {
    const stranger = await signedUpUser(db, 'Stella Stranger');
    const own = await stranger.api.team.create({ name: 'Northwind Creative' });
    const sandbox = await dana.team.create({ name: 'Dana’s sandbox' });
    for (const [api, id] of [
      [stranger.api, own.id],
      [dana, sandbox.id],
    ] as const) {
      const before = await dumpTables(engine);
      await expectTRPCError(api.team.resetDemo({ teamId: id }), 'FORBIDDEN');
      expect(await dumpTables(engine)).toBe(before);
      expect((await api.team.settings({ teamId: id })).isDemo).toBe(false);
    }
    await expectTRPCError(stranger.api.team.resetDemo({ teamId }), 'NOT_FOUND');
    expect((await dana.team.settings({ teamId })).isDemo).toBe(true);
  });

  it('is refused when the demo is off, and the demo team cannot be deleted', async () => {
    const before = await dumpTables(engine, { teamId });
    await expectTRPCError(dana.team.delete({ teamId, confirmName: DEMO_TEAM_NAME }), 'FORBIDDEN');
    vi.stubEnv('OPSLENS_DEMO', 'off');
    expect((await dana.team.settings({ teamId })).isDemo).toBe(false);
    await expectTRPCError(leo.team.resetDemo({ teamId }), 'FORBIDDEN');
    expect(await dumpTables(engine, { teamId })).toBe(before);
  });
});
