import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { realizedSavings } from '@/db/schema';
import type { RealizedRow } from '@/server/report/build-report';

/** Everything the team's finished changes saved: one query. */
export async function loadRealized(db: Db, { teamId }: { teamId: string }): Promise<RealizedRow[]> {
  return db
    .select({
      systemId: realizedSavings.systemId,
      action: realizedSavings.action,
      costSavedPerYear: realizedSavings.costSavedPerYear,
      hoursSavedPerYear: realizedSavings.hoursSavedPerYear,
      hoursFreedPerYear: realizedSavings.hoursFreedPerYear,
    })
    .from(realizedSavings)
    .where(eq(realizedSavings.teamId, teamId));
}
