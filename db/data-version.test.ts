import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { systems, teams, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { createTestDatabase } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';

const { db } = createTestDatabase();

const versionOf = async (teamId: string) =>
  (await db.select({ v: teams.dataVersion }).from(teams).where(eq(teams.id, teamId)))[0]!.v;

/** Runs a write and returns how far it moved the team's data version. */
async function bumpOf(teamId: string, write: () => Promise<unknown>) {
  const before = await versionOf(teamId);
  await write();
  return (await versionOf(teamId)) - before;
}

describe('the team data version', () => {
  it('moves with every write the report reads, in the same transaction', async () => {
    const { owner, team, addMember } = await teamWithOwner(db, 'Versioned Co');
    const api = owner.api;
    const teamId = team.id;
    const other = await teamWithOwner(db, 'Bystander Co');
    const otherBefore = await versionOf(other.team.id);

    let system!: { id: string };
    expect(
      await bumpOf(teamId, async () => (system = await api.system.create({ teamId, name: 'Ops' }))),
    ).toBeGreaterThan(0);
    let process!: { id: string; version: number };
    expect(
      await bumpOf(
        teamId,
        async () =>
          (process = await api.process.create({
            teamId,
            systemId: system.id,
            name: 'Billing',
            frequency: { period: 'week', count: 1 },
          })),
      ),
    ).toBeGreaterThan(0);
    let step!: { id: string };
    expect(
      await bumpOf(
        teamId,
        async () =>
          (step = await api.step.create({
            teamId,
            processId: process.id,
            title: 'Print',
            minutes: 30,
            value: 'none',
          })),
      ),
    ).toBeGreaterThan(0);
    expect(
      await bumpOf(teamId, () =>
        api.step.update({
          teamId,
          stepId: step.id,
          version: 1,
          title: 'Print',
          minutes: 40,
          value: 'none',
        }),
      ),
    ).toBeGreaterThan(0);
    const settings = (await api.team.settings({ teamId })).settings;
    expect(
      await bumpOf(teamId, () => api.team.updateSettings({ teamId, ...settings, horizonYears: 3 })),
    ).toBeGreaterThan(0);
    const mate = await addMember('member', 'Mia Mate');
    expect(
      await bumpOf(teamId, () =>
        api.member.update({
          teamId,
          membershipId: mate.membershipId,
          weeklyCapacityHours: 5,
        }),
      ),
    ).toBeGreaterThan(0);
    // A name shows in the reasons: renaming a user moves every team they are in.
    expect(
      await bumpOf(teamId, () =>
        withTransaction(db, (tx) =>
          tx.update(users).set({ name: 'Mia M.' }).where(eq(users.id, mate.id)),
        ),
      ),
    ).toBe(1);
    expect(
      await bumpOf(teamId, () =>
        api.review.decide({
          teamId,
          stepId: step.id,
          action: 'remove',
          status: 'dismissed',
          reason: 'Auditors',
        }),
      ),
    ).toBeGreaterThan(0);

    // Nobody else's version moved.
    expect(await versionOf(other.team.id)).toBe(otherBefore);
  });

  it('stays put for writes the report does not read', async () => {
    const { owner, team } = await teamWithOwner(db, 'Quiet Co');
    const teamId = team.id;
    expect(
      await bumpOf(teamId, () =>
        owner.api.invitation.create({ teamId, email: 'new@example.com', role: 'member' }),
      ),
    ).toBe(0);
    expect(await bumpOf(teamId, () => owner.api.notification.markAllRead({ teamId }))).toBe(0);
    expect(
      await bumpOf(teamId, () =>
        withTransaction(db, (tx) =>
          tx.update(teams).set({ name: 'Quiet Company' }).where(eq(teams.id, teamId)),
        ),
      ),
    ).toBe(0);
  });

  it('is rolled back with a failed write', async () => {
    const { owner, team } = await teamWithOwner(db, 'Rollback Co');
    const teamId = team.id;
    const system = await owner.api.system.create({ teamId, name: 'Ops' });
    const before = await versionOf(teamId);
    // A write that throws before commit takes its bump with it.
    await expect(
      withTransaction(db, async (tx) => {
        await tx.update(systems).set({ name: 'Renamed' }).where(eq(systems.id, system.id));
        expect(await versionOf(teamId)).toBe(before); // not visible outside the transaction
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await versionOf(teamId)).toBe(before);
    const [row] = await db.select().from(systems).where(eq(systems.id, system.id));
    expect(row!.name).toBe('Ops');
  });
});
