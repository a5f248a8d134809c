import type { Db } from '@/db/client';
import { teamWithOwner } from './team-fixture';

/**
 * Another team holding data of every kind — a system, a process, a step handed to a member — for
 * the tests that call the router with someone else's ids (the tenancy sweep, the fuzz).
 */
export async function victimTeamWithData(db: Db, name: string) {
  const victim = await teamWithOwner(db, name);
  const victimMember = await victim.addMember('member', 'Victor Member');
  const api = victim.owner.api;
  const teamId = victim.team.id;
  const system = await api.system.create({ teamId, name: 'Victim system' });
  const process = await api.process.create({
    teamId,
    systemId: system.id,
    name: 'Victim process',
    frequency: { period: 'week', count: 1 },
  });
  const step = await api.step.create({
    teamId,
    processId: process.id,
    title: 'Victim step',
    minutes: 5,
  });
  const handOff = await api.assignment.create({
    teamId,
    stepId: step.id,
    kind: 'delegate',
    assigneeMembershipId: victimMember.membershipId,
  });
  return { victim, victimMember, system, process, step, handOff };
}
