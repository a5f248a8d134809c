import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { teams, type Team } from '@/db/schema';
import { removeTeamFromSearch } from '@/db/search';
import { teamTablesChildrenFirst } from '@/db/team-tables';
import { withTransaction } from '@/db/transaction';
import { DomainError } from '@/server/domain-error';
import { RATE_RULES } from '@/server/limits';
import { deleteTeamRateLimits } from './rate-limits';

export const CONFIRM_NAME_MISMATCH = "Type the team's name exactly to confirm.";

/**
 * Deletes every row of a team, inside the caller's transaction: its search entries, then each
 * team table children first (db/team-tables.ts), then the team row itself, which it returns
 * (undefined when there was none). Users stay: they may belong to other teams. Shared by team
 * deletion and the demo's reset.
 */
export async function deleteTeamRows(tx: Tx, teamId: string): Promise<Team | undefined> {
  await removeTeamFromSearch(tx, teamId);
  for (const { table, teamId: column } of teamTablesChildrenFirst()) {
    await tx.delete(table).where(eq(column, teamId));
  }
  return first(tx.delete(teams).where(eq(teams.id, teamId)).returning());
}

/**
 * Deletes a team and everything in it, in one transaction, once the caller has typed its name
 * (trimmed, otherwise exactly). The team's rate-limit counters go too; its members' accounts stay.
 */
export async function deleteTeam(
  db: Db,
  { teamId, confirmName }: { teamId: string; confirmName: string },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const team = await first(
      tx.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId)),
    );
    if (!team) throw new DomainError('NOT_FOUND', 'Team not found.');
    if (confirmName.trim() !== team.name.trim()) {
      throw new DomainError('BAD_REQUEST', CONFIRM_NAME_MISMATCH, 'confirmName');
    }
    await deleteTeamRows(tx, teamId);
    await deleteTeamRateLimits(tx, {
      teamId,
      buckets: Object.values(RATE_RULES).map((rule) => rule.bucket),
    });
  });
}
