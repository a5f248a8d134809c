import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { whatIfs } from '@/db/schema';
import { processOfTeam } from './team-refs';

export type WhatIfValues = { condition: string; action: string; linkedProcessId: string | null };

export type WhatIfText = { condition: string; action: string };

/** The what-ifs of the given steps, in order, by step: one query for a whole page of steps. */
export async function whatIfsByStep(
  db: Db,
  { teamId, stepIds }: { teamId: string; stepIds: readonly string[] },
): Promise<Map<string, WhatIfText[]>> {
  const byStep = new Map<string, WhatIfText[]>();
  if (stepIds.length === 0) return byStep;
  const rows = await db.query.whatIfs.findMany({
    where: (w, { and, eq, inArray }) => and(eq(w.teamId, teamId), inArray(w.stepId, [...stepIds])),
    orderBy: (w, { asc }) => [asc(w.position)],
  });
  for (const w of rows) {
    const list = byStep.get(w.stepId) ?? [];
    list.push({ condition: w.condition, action: w.action });
    byStep.set(w.stepId, list);
  }
  return byStep;
}

/** A step's what-ifs in order, as values a step can be saved with (to copy them). */
export async function whatIfValuesOf(
  tx: Tx,
  teamId: string,
  stepId: string,
): Promise<WhatIfValues[]> {
  const rows = await tx
    .select()
    .from(whatIfs)
    .where(and(eq(whatIfs.teamId, teamId), eq(whatIfs.stepId, stepId)))
    .orderBy(asc(whatIfs.position));
  return rows.map((w) => ({
    condition: w.condition,
    action: w.action,
    linkedProcessId: w.linkedProcessId,
  }));
}

/** Replaces a step's what-ifs with `list`, in its order; a linked process must be the team's. */
export async function replaceWhatIfs(tx: Tx, teamId: string, stepId: string, list: WhatIfValues[]) {
  await tx.delete(whatIfs).where(and(eq(whatIfs.teamId, teamId), eq(whatIfs.stepId, stepId)));
  for (const [position, w] of list.entries()) {
    if (w.linkedProcessId) await processOfTeam(tx, teamId, w.linkedProcessId);
    await tx.insert(whatIfs).values({ teamId, stepId, position, ...w });
  }
}
