import 'server-only';
import { and, asc, count, eq, exists, gt, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { first } from '@/db/raw';
import { decisions, invitations, memberships, processes, steps, systems, teams } from '@/db/schema';

/** What the first-run checklist looks at; each is an EXISTS (or a COUNT), never a list of rows. */
export interface FirstRunFacts {
  hasSystem: boolean;
  hasDocumentedProcess: boolean;
  hasEstimatedStep: boolean;
  hasTeammateOrInvitation: boolean;
  hasDecision: boolean;
}

/** Steps of the team that count: live ones, in a process that is not archived. */
const liveSteps = (teamId: string, ...more: SQL[]) =>
  and(
    eq(steps.teamId, teamId),
    isNull(steps.archivedAt),
    ne(processes.status, 'archived'),
    ...more,
  );

const stepsWithProcess = and(eq(processes.teamId, steps.teamId), eq(processes.id, steps.processId));

// 0/1 on both engines (SQLite has no boolean type; PostgreSQL would return one).
const flag = (condition: SQL) =>
  sql<number>`case when ${condition} then 1 else 0 end`.mapWith(Number);

/**
 * The facts behind the first-run checklist, in one statement of small subqueries, each filtered
 * by the team and answered through an index that leads with team_id: systems by
 * (team_id, parent_id, position), steps by (team_id, process_id, position) with their process by
 * (team_id, id), memberships by (team_id, user_id), invitations by (team_id, email), decisions by
 * (team_id, step_id).
 */
export async function firstRunFacts(
  db: Db,
  { teamId, now = new Date() }: { teamId: string; now?: Date },
): Promise<FirstRunFacts> {
  const one = sql`1`;
  const row = await first(
    db
      .select({
        hasSystem: flag(
          exists(
            db
              .select({ one })
              .from(systems)
              .where(and(eq(systems.teamId, teamId), isNull(systems.archivedAt))),
          ),
        ),
        // A process written down with at least three live steps (a draft counts: it is documented).
        hasDocumentedProcess: flag(
          exists(
            db
              .select({ processId: steps.processId })
              .from(steps)
              .innerJoin(processes, stepsWithProcess)
              .where(liveSteps(teamId))
              .groupBy(steps.processId)
              .having(sql`count(*) >= 3`),
          ),
        ),
        // A live step with hands-on minutes in a draft or active process: the team has estimated.
        hasEstimatedStep: flag(
          exists(
            db
              .select({ one })
              .from(steps)
              .innerJoin(processes, stepsWithProcess)
              .where(liveSteps(teamId, gt(steps.minutes, 0))),
          ),
        ),
        hasTeammate: flag(
          sql`(${db.select({ n: count() }).from(memberships).where(eq(memberships.teamId, teamId))}) > 1`,
        ),
        hasPendingInvitation: flag(
          exists(
            db
              .select({ one })
              .from(invitations)
              .where(
                and(
                  eq(invitations.teamId, teamId),
                  isNull(invitations.acceptedAt),
                  isNull(invitations.revokedAt),
                  gt(invitations.expiresAt, now),
                ),
              ),
          ),
        ),
        hasDecision: flag(
          exists(db.select({ one }).from(decisions).where(eq(decisions.teamId, teamId))),
        ),
      })
      .from(teams)
      .where(eq(teams.id, teamId)),
  );
  return {
    hasSystem: row?.hasSystem === 1,
    hasDocumentedProcess: row?.hasDocumentedProcess === 1,
    hasEstimatedStep: row?.hasEstimatedStep === 1,
    hasTeammateOrInvitation: row?.hasTeammate === 1 || row?.hasPendingInvitation === 1,
    hasDecision: row?.hasDecision === 1,
  };
}

/** The top-level system a newcomer would open first (lowest position), if there is one. */
export async function firstTopLevelSystemId(
  db: Db,
  { teamId }: { teamId: string },
): Promise<string | null> {
  const row = await first(
    db
      .select({ id: systems.id })
      .from(systems)
      .where(and(eq(systems.teamId, teamId), isNull(systems.parentId), isNull(systems.archivedAt)))
      .orderBy(asc(systems.position), asc(systems.name), asc(systems.id))
      .limit(1),
  );
  return row?.id ?? null;
}

/**
 * Which of `names` are already live top-level systems of the team, compared trimmed and
 * case-insensitively (lower-cased in the result). A handful of names, so a handful of rows.
 */
export async function liveTopLevelNames(
  handle: Db | Tx,
  { teamId, names }: { teamId: string; names: readonly string[] },
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const lowered = sql<string>`lower(trim(${systems.name}))`;
  const rows = await handle
    .select({ name: lowered })
    .from(systems)
    .where(
      and(
        eq(systems.teamId, teamId),
        isNull(systems.parentId),
        isNull(systems.archivedAt),
        inArray(
          lowered,
          names.map((n) => n.trim().toLowerCase()),
        ),
      ),
    );
  return new Set(rows.map((r) => r.name));
}
