import { like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rateLimits, users } from '@/db/schema';
import { CONFIRM_NAME_MISMATCH } from '@/server/queries/team-deletion';
import type { FieldValidationError } from '@/server/trpc/errors';
import { callerFor } from '@/test/caller';
import { createTestDatabase } from '@/test/db';
import { dumpTables } from '@/test/table-dump';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const { db, engine } = createTestDatabase();

type Fixture = Awaited<ReturnType<typeof teamWithOwner>>;

/**
 * Something in every team table: systems (one inside another), a process, steps with a what-if
 * (and their search entries), a verdict, a hand-off done (a notification and a realized saving),
 * a pending invitation, the activity log, and a rate-limit counter for the team.
 */
async function fill(fx: Fixture, label: string) {
  const teamId = fx.team.id;
  const api = fx.owner.api;
  const sam = await fx.addMember('member', `Sam ${label}`);
  const system = await api.system.create({ teamId, name: `${label} operations` });
  const sub = await api.system.create({ teamId, name: `${label} billing`, parentId: system.id });
  const process = await api.process.create({
    teamId,
    systemId: sub.id,
    name: `${label} invoices`,
    frequency: { period: 'week', count: 2 },
  });
  const step = await api.step.create({
    teamId,
    processId: process.id,
    title: `Reconcile ${label} receipts`,
    minutes: 45,
    performerMembershipId: fx.owner.membershipId,
    whatIfs: [{ condition: 'A receipt is missing', action: 'Ask the client' }],
  });
  const other = await api.step.create({
    teamId,
    processId: process.id,
    title: `File ${label} paperwork`,
    minutes: 5,
    value: 'none',
  });
  await api.review.decide({ teamId, stepId: other.id, action: 'remove', status: 'accepted' });
  const { id } = await api.assignment.create({
    teamId,
    stepId: step.id,
    kind: 'delegate',
    assigneeMembershipId: sam.membershipId,
  });
  await sam.api.assignment.accept({ teamId, assignmentId: id });
  await sam.api.assignment.complete({ teamId, assignmentId: id });
  await api.invitation.create({ teamId, email: `later-${label}@example.com`, role: 'member' });
  await api.report.get({ teamId });
  return { sam, systemId: system.id };
}

/** Rows per team table (the team's own row under "teams"), from the team's dump. */
async function rowCounts(teamId: string): Promise<Record<string, number>> {
  const dump = JSON.parse(await dumpTables(engine, { teamId })) as [string, unknown[]][];
  return Object.fromEntries(dump.map(([table, rows]) => [table, rows.length]));
}

async function rateLimitKeysOf(teamId: string): Promise<string[]> {
  const rows = await db
    .select({ key: rateLimits.key })
    .from(rateLimits)
    .where(like(rateLimits.key, `%${teamId}%`));
  return rows.map((r) => r.key);
}

describe('team.delete', () => {
  it('deletes every row of the team when an owner types its name, and nothing of any other team', async () => {
    const doomed = await teamWithOwner(db, 'Doomed Co');
    const { sam } = await fill(doomed, 'Doomed');
    // The owner's other team, and a team with nobody in common.
    const keeper = await doomed.owner.api.team.create({ name: 'Keeper Co' });
    await doomed.owner.api.system.create({ teamId: keeper.id, name: 'Keeper system' });
    const bystander = await teamWithOwner(db, 'Bystander Co');
    await fill(bystander, 'Bystander');

    const teamId = doomed.team.id;
    const before = await rowCounts(teamId);
    // The fixture reaches every team table (search included), so each one's deletion is proven.
    for (const [table, rows] of Object.entries(before)) expect(rows, table).toBeGreaterThan(0);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        'teams',
        'memberships',
        'invitations',
        'activities',
        'systems',
        'processes',
        'steps',
        'what_ifs',
        'decisions',
        'assignments',
        'notifications',
        'realized_savings',
        'search_index',
      ]),
    );
    expect(await rateLimitKeysOf(teamId)).not.toEqual([]);
    const bystanderBefore = await dumpTables(engine, { teamId: bystander.team.id });
    const keeperBefore = await dumpTables(engine, { teamId: keeper.id });

    await doomed.owner.api.team.delete({ teamId, confirmName: '  Doomed Co ' });

    const after = await rowCounts(teamId);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [table, rows] of Object.entries(after)) expect(rows, table).toBe(0);
    expect(await rateLimitKeysOf(teamId)).toEqual([]);
    expect(await dumpTables(engine, { teamId: bystander.team.id })).toBe(bystanderBefore);
    expect(await dumpTables(engine, { teamId: keeper.id })).toBe(keeperBefore);

    // People are not deleted: the owner and the teammate keep their accounts and other teams.
    const left = await db.select({ id: users.id }).from(users);
    expect(left.map((u) => u.id)).toEqual(expect.arrayContaining([doomed.owner.id, sam.id]));
    expect(await doomed.owner.api.team.mine()).toEqual([
      { id: keeper.id, name: 'Keeper Co', slug: keeper.slug, role: 'owner' },
    ]);
    await doomed.owner.api.system.create({ teamId: keeper.id, name: 'Still works' });
    expect(await sam.api.team.mine()).toEqual([]);
    await expectTRPCError(doomed.owner.api.team.home({ teamId }), 'NOT_FOUND');
    // Its name and web address are free again.
    expect((await doomed.owner.api.team.create({ name: 'Doomed Co' })).slug).toBe('doomed-co');
  });

  it('refuses a name that is not the team’s exactly, on the confirmName field, changing nothing', async () => {
    const fx = await teamWithOwner(db, 'Careful Co');
    await fill(fx, 'Careful');
    const before = await dumpTables(engine);
    for (const confirmName of ['careful co', 'Careful', '', 'Careful Co.']) {
      const err = await expectTRPCError(
        fx.owner.api.team.delete({ teamId: fx.team.id, confirmName }),
        'BAD_REQUEST',
      );
      expect(err.message).toBe(CONFIRM_NAME_MISMATCH);
      expect((err.cause as FieldValidationError).fieldErrors).toEqual({
        confirmName: [CONFIRM_NAME_MISMATCH],
      });
    }
    expect(await dumpTables(engine)).toBe(before);
  });

  it('refuses admins and members (FORBIDDEN) and outsiders (NOT_FOUND), changing nothing', async () => {
    const fx = await teamWithOwner(db, 'Guarded Co');
    await fill(fx, 'Guarded');
    const admin = await fx.addMember('admin', 'Ada Admin');
    const member = await fx.addMember('member', 'Mo Member');
    const outsider = await teamWithOwner(db, 'Outside Co');
    const input = { teamId: fx.team.id, confirmName: 'Guarded Co' };
    const before = await dumpTables(engine);
    await expectTRPCError(admin.api.team.delete(input), 'FORBIDDEN');
    await expectTRPCError(member.api.team.delete(input), 'FORBIDDEN');
    await expectTRPCError(outsider.owner.api.team.delete(input), 'NOT_FOUND');
    await expectTRPCError(callerFor(db).team.delete(input), 'UNAUTHORIZED');
    expect(await dumpTables(engine)).toBe(before);
    // A second owner may.
    await fx.owner.api.member.update({
      teamId: fx.team.id,
      membershipId: admin.membershipId,
      role: 'owner',
    });
    await admin.api.team.delete(input);
    expect(await fx.owner.api.team.mine()).toEqual([]);
  });

  it('tells the settings page who may delete', async () => {
    const fx = await teamWithOwner(db, 'Roles Co');
    const admin = await fx.addMember('admin');
    const owner = await fx.owner.api.team.settings({ teamId: fx.team.id });
    const other = await admin.api.team.settings({ teamId: fx.team.id });
    expect([owner.isOwner, owner.isDemo, other.isOwner, other.canEdit]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
