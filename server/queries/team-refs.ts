import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { first } from '@/db/raw';
import { memberships, processes, steps, systems, type Step } from '@/db/schema';
import { maxStepsPerTeam } from '@/server/limits';
import { DomainError } from '@/server/domain-error';

// Checks that an id named in an input belongs to the same team, inside the writing transaction.
// A foreign id is "not found", never "forbidden".

export async function assertMemberOfTeam(
  tx: Tx,
  teamId: string,
  membershipId: string | null,
  field: string,
) {
  if (membershipId === null) return;
  const row = await first(
    tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.teamId, teamId), eq(memberships.id, membershipId)))
      .limit(1),
  );
  if (!row) throw new DomainError('NOT_FOUND', 'That person is not a member of this team.', field);
}

export async function systemOfTeam(tx: Tx, teamId: string, systemId: string) {
  const row = await first(
    tx
      .select()
      .from(systems)
      .where(and(eq(systems.teamId, teamId), eq(systems.id, systemId)))
      .limit(1),
  );
  if (!row) throw new DomainError('NOT_FOUND', 'System not found.');
  return row;
}

export async function processOfTeam(tx: Tx, teamId: string, processId: string) {
  const row = await first(
    tx
      .select()
      .from(processes)
      .where(and(eq(processes.teamId, teamId), eq(processes.id, processId)))
      .limit(1),
  );
  if (!row) throw new DomainError('NOT_FOUND', 'Process not found.');
  return row;
}

export async function stepOfTeam(tx: Tx, teamId: string, stepId: string): Promise<Step> {
  const row = await first(
    tx
      .select()
      .from(steps)
      .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId))),
  );
  if (!row) throw new DomainError('NOT_FOUND', 'Step not found.');
  return row;
}

/** A step of the team with its process's name; "not found" for anyone else's. */
export async function stepWithProcess(tx: Tx, teamId: string, stepId: string) {
  const row = await first(
    tx
      .select({ step: steps, processName: processes.name })
      .from(steps)
      .innerJoin(processes, eq(processes.id, steps.processId))
      .where(and(eq(steps.teamId, teamId), eq(steps.id, stepId)))
      .limit(1),
  );
  if (!row) throw new DomainError('NOT_FOUND', 'Step not found.');
  return row;
}

/** Refuses a write that would take the team past its step limit (live and removed steps). */
export async function assertRoomForSteps(
  tx: Tx,
  teamId: string,
  adding: number,
  { bulk = false, field }: { bulk?: boolean; field?: string } = {},
) {
  const max = maxStepsPerTeam();
  const held =
    (await first(tx.select({ n: count() }).from(steps).where(eq(steps.teamId, teamId))))?.n ?? 0;
  if (held + adding > max) {
    const limit = max.toLocaleString('en-US');
    throw new DomainError(
      'BAD_REQUEST',
      !bulk
        ? `This team has ${limit} steps, the most a team can hold: delete some first.`
        : `This would give the team ${(held + adding).toLocaleString('en-US')} steps; a team can hold at most ${limit}.`,
      field,
    );
  }
}
