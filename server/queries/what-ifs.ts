import 'server-only';
import type { Db } from '@/db/client';

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
