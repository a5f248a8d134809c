import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { withReadSnapshot } from '@/db/transaction';
import { decisions, processes, realizedSavings, steps, users } from '@/db/schema';
import type { ReportSource } from '@/server/report/model-types';
import { readAnalysisInput } from '@/server/queries/analysis-input';
import type { Snapshot, StoredDecision } from '@/server/review/status';

/**
 * Everything a team's report is computed from, read in one snapshot (a read transaction), with
 * the data version that snapshot is at: the lean analysis input, the team's verdicts and what
 * finished changes saved. Eight queries whatever the team's size.
 */
export async function readReportSource(
  db: Db,
  { teamId }: { teamId: string },
): Promise<ReportSource> {
  return withReadSnapshot(db, async (tx) => {
    const { input, dataVersion } = await readAnalysisInput(tx, teamId, { lean: true });
    const decisionRows = await tx
      .select({ decision: decisions, decidedByName: users.name })
      .from(decisions)
      .leftJoin(users, eq(users.id, decisions.decidedByUserId))
      .where(eq(decisions.teamId, teamId));
    const realized = await tx
      .select({
        systemId: realizedSavings.systemId,
        action: realizedSavings.action,
        costSavedPerYear: realizedSavings.costSavedPerYear,
        hoursSavedPerYear: realizedSavings.hoursSavedPerYear,
        hoursFreedPerYear: realizedSavings.hoursFreedPerYear,
      })
      .from(realizedSavings)
      .where(eq(realizedSavings.teamId, teamId));
    const verdicts = new Map<string, StoredDecision>();
    for (const { decision: d, decidedByName } of decisionRows) {
      verdicts.set(d.stepId, {
        action: d.action,
        status: d.status,
        reason: d.reason,
        snapshot: d.snapshot as Snapshot,
        decidedByName,
        decidedAt: d.decidedAt,
      });
    }
    return { teamId, dataVersion, input, decisions: verdicts, realized };
  });
}

export type StepLabel = { title: string; processName: string };

/** Titles and process names of the steps a page shows: one query for the whole page. */
export async function readStepLabels(
  db: Db,
  { teamId, stepIds }: { teamId: string; stepIds: readonly string[] },
): Promise<Map<string, StepLabel>> {
  if (stepIds.length === 0) return new Map();
  const rows = await db
    .select({ id: steps.id, title: steps.title, processName: processes.name })
    .from(steps)
    .innerJoin(processes, eq(processes.id, steps.processId))
    .where(and(eq(steps.teamId, teamId), inArray(steps.id, [...stepIds])));
  return new Map(rows.map((r) => [r.id, { title: r.title, processName: r.processName }]));
}
