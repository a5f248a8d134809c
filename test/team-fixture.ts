import type { Db } from '@/db/client';
import type { Role } from '@/db/roles';
import { signedUpUser } from './caller';

/** A team with an owner, and helpers to add members with a role through the real invitation flow. */
export async function teamWithOwner(db: Db, name = 'Fixture Co') {
  const owner = await signedUpUser(db, 'Olivia Owner');
  const team = await owner.api.team.create({ name });
  async function addMember(role: Role, userName = `A ${role}`) {
    const user = await signedUpUser(db, userName);
    const { link } = await owner.api.invitation.create({
      teamId: team.id,
      email: user.email,
      role,
    });
    await user.api.invitation.accept({ token: link.split('/invite/')[1]! });
    const { members } = await owner.api.member.list({ teamId: team.id });
    const membershipId = members.find((m) => m.userId === user.id)!.membershipId;
    return { ...user, membershipId };
  }
  const { members } = await owner.api.member.list({ teamId: team.id });
  return { owner: { ...owner, membershipId: members[0]!.membershipId }, team, addMember };
}
