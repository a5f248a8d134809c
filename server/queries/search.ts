import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { steps } from '@/db/schema';
import { searchIndex } from '@/db/search';
import { listProcessNames } from './processes';
import { systemLinks } from './systems';

export type SearchResult = {
  type: 'system' | 'process' | 'step';
  id: string;
  title: string;
  snippet: string;
  /** Where it sits: the parent system, the process's system, or the step's process. */
  context: string | null;
  /** The page to open: the system, the process, or the step's process (anchored to the step). */
  target: { kind: 'system' | 'process'; id: string; anchor?: string };
  archived: boolean;
};

/** Full-text search over one team; hits are enriched with three lookups, not one per hit. */
export async function searchTeam(
  db: Db,
  { teamId, query, limit = 20 }: { teamId: string; query: string; limit?: number },
): Promise<SearchResult[]> {
  const hits = await searchIndex(db, { teamId, query, limit });
  const ids = (type: string) => hits.filter((h) => h.entityType === type).map((h) => h.entityId);
  const stepRows = ids('step').length
    ? await db
        .select({ id: steps.id, processId: steps.processId })
        .from(steps)
        .where(and(eq(steps.teamId, teamId), inArray(steps.id, ids('step'))))
    : [];
  const processIds = [...new Set([...ids('process'), ...stepRows.map((s) => s.processId)])];
  const processRows = processIds.length
    ? await listProcessNames(db, { teamId, ids: processIds })
    : [];
  const systemIds = [...new Set([...ids('system'), ...processRows.map((p) => p.systemId)])];
  const systemRows = systemIds.length ? await systemLinks(db, { teamId, ids: systemIds }) : [];
  const stepById = new Map(stepRows.map((s) => [s.id, s]));
  const processById = new Map(processRows.map((p) => [p.id, p]));
  const systemById = new Map(systemRows.map((s) => [s.id, s]));

  const results: SearchResult[] = [];
  for (const hit of hits) {
    const base = { id: hit.entityId, title: hit.title, snippet: hit.snippet };
    if (hit.entityType === 'system') {
      const s = systemById.get(hit.entityId);
      if (!s) continue;
      results.push({
        ...base,
        type: 'system',
        context: null,
        target: { kind: 'system', id: s.id },
        archived: s.archived,
      });
    } else if (hit.entityType === 'process') {
      const p = processById.get(hit.entityId);
      if (!p) continue;
      results.push({
        ...base,
        type: 'process',
        context: systemById.get(p.systemId)?.name ?? null,
        target: { kind: 'process', id: p.id },
        archived: p.status === 'archived',
      });
    } else {
      const s = stepById.get(hit.entityId);
      const p = s && processById.get(s.processId);
      if (!s || !p) continue;
      results.push({
        ...base,
        type: 'step',
        context: p.name,
        target: { kind: 'process', id: p.id, anchor: `step-${s.id}` },
        archived: p.status === 'archived',
      });
    }
  }
  return results;
}
