import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

describe('members', () => {
  it('lists name, email, role, hourly cost and capacity to every member', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const member = await addMember('member', 'Mia Member');
    const { members, me } = await member.api.member.list({ teamId: team.id });
    expect(me.role).toBe('member');
    expect(
      members.map((m) => [m.name, m.email, m.role, m.hourlyCost, m.weeklyCapacityHours]),
    ).toEqual([
      ['Mia Member', member.email, 'member', null, 0],
      ['Olivia Owner', owner.email, 'owner', null, 0],
    ]);
  });

  it('lets an admin change role, cost and capacity, and logs it', async () => {
    const { team, addMember } = await teamWithOwner(db);
    const admin = await addMember('admin', 'Ada Admin');
    const member = await addMember('member', 'Mo Member');
    await admin.api.member.update({
      teamId: team.id,
      membershipId: member.membershipId,
      role: 'admin',
      hourlyCost: 42.5,
      weeklyCapacityHours: 6,
    });
    const { members } = await admin.api.member.list({ teamId: team.id });
    expect(members.find((m) => m.membershipId === member.membershipId)).toMatchObject({
      role: 'admin',
      hourlyCost: 42.5,
      weeklyCapacityHours: 6,
    });
    const log = await admin.api.activity.list({ teamId: team.id });
    expect(log[0]).toMatchObject({ kind: 'member.updated', actorName: 'Ada Admin' });
    expect(log[0]!.summary).toBe(
      "changed Mo Member's role member → admin, hourly cost team default → 42.5, weekly capacity 0 h → 6 h",
    );
  });

  it('refuses members (not admins) who try to manage others', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const member = await addMember('member');
    const err = await expectTRPCError(
      member.api.member.update({
        teamId: team.id,
        membershipId: owner.membershipId,
        hourlyCost: 1,
      }),
      'FORBIDDEN',
    );
    expect(err.message).toMatch(/owners and admins/);
    await expectTRPCError(
      member.api.member.remove({ teamId: team.id, membershipId: owner.membershipId }),
      'FORBIDDEN',
    );
  });

  it('never lets a team lose its last owner: not demoted, not removed, cannot leave', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const admin = await addMember('admin');
    const demote = await expectTRPCError(
      owner.api.member.update({
        teamId: team.id,
        membershipId: owner.membershipId,
        role: 'admin',
      }),
      'CONFLICT',
    );
    expect(demote.message).toBe(
      'A team must keep at least one owner. Make another member an owner first.',
    );
    const leave = await expectTRPCError(owner.api.member.leave({ teamId: team.id }), 'CONFLICT');
    expect(leave.message).toMatch(/last owner/);
    // An admin may not remove an owner at all.
    await expectTRPCError(
      admin.api.member.remove({ teamId: team.id, membershipId: owner.membershipId }),
      'FORBIDDEN',
    );

    // With a second owner, the first may step down.
    await owner.api.member.update({
      teamId: team.id,
      membershipId: admin.membershipId,
      role: 'owner',
    });
    await owner.api.member.update({
      teamId: team.id,
      membershipId: owner.membershipId,
      role: 'member',
    });
    const { members } = await admin.api.member.list({ teamId: team.id });
    expect(members.filter((m) => m.role === 'owner').map((m) => m.userId)).toEqual([admin.id]);
  });

  it('only an owner gives or takes the owner role', async () => {
    const { team, addMember } = await teamWithOwner(db);
    const admin = await addMember('admin');
    const member = await addMember('member');
    const err = await expectTRPCError(
      admin.api.member.update({
        teamId: team.id,
        membershipId: member.membershipId,
        role: 'owner',
      }),
      'FORBIDDEN',
    );
    expect(err.message).toBe('Only an owner can change or remove an owner.');
  });

  it('revokes at once: a removed member’s next call fails; a demoted admin loses admin rights', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const admin = await addMember('admin');
    const member = await addMember('member');

    await owner.api.member.update({
      teamId: team.id,
      membershipId: admin.membershipId,
      role: 'member',
    });
    await expectTRPCError(admin.api.invitation.list({ teamId: team.id }), 'FORBIDDEN');

    await owner.api.member.remove({ teamId: team.id, membershipId: member.membershipId });
    await expectTRPCError(member.api.member.list({ teamId: team.id }), 'NOT_FOUND');
    expect(await member.api.team.mine()).toEqual([]);
    const log = await owner.api.activity.list({ teamId: team.id });
    expect(log[0]).toMatchObject({ kind: 'member.removed' });
  });

  it('lets a member leave', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const member = await addMember('member', 'Leo Leaver');
    await member.api.member.leave({ teamId: team.id });
    const { members } = await owner.api.member.list({ teamId: team.id });
    expect(members.map((m) => m.name)).toEqual(['Olivia Owner']);
    expect((await owner.api.activity.list({ teamId: team.id }))[0]).toMatchObject({
      kind: 'member.left',
      actorName: 'Leo Leaver',
    });
  });

  it('refuses bad numbers with field-level messages and changes nothing', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const member = await addMember('member');
    const err = await expectTRPCError(
      owner.api.member.update({
        teamId: team.id,
        membershipId: member.membershipId,
        hourlyCost: -5,
        weeklyCapacityHours: 200,
      }),
      'BAD_REQUEST',
    );
    expect(JSON.stringify(err.cause)).toContain('Use 0 or more.');
    const { members } = await owner.api.member.list({ teamId: team.id });
    expect(members.find((m) => m.membershipId === member.membershipId)).toMatchObject({
      hourlyCost: null,
      weeklyCapacityHours: 0,
    });
  });

  it('lets an admin change an owner’s cost and capacity, but not their role', async () => {
    const { owner, team, addMember } = await teamWithOwner(db);
    const admin = await addMember('admin');
    await admin.api.member.update({
      teamId: team.id,
      membershipId: owner.membershipId,
      hourlyCost: 150,
      weeklyCapacityHours: 2,
    });
    const { members } = await admin.api.member.list({ teamId: team.id });
    expect(members.find((m) => m.membershipId === owner.membershipId)).toMatchObject({
      role: 'owner',
      hourlyCost: 150,
      weeklyCapacityHours: 2,
    });
    await expectTRPCError(
      admin.api.member.update({
        teamId: team.id,
        membershipId: owner.membershipId,
        role: 'member',
      }),
      'FORBIDDEN',
    );
  });
});
