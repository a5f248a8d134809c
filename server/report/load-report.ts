import 'server-only';
import type { Db } from '@/db/client';
import { analyzeTeam } from '@/server/analysis';
import { DomainError } from '@/server/domain-error';
import { loadAnalysisInput } from '@/server/queries/analysis-input';
import { loadDecisions } from '@/server/queries/decisions';
import { buildReport } from './build-report';

/**
 * The report for a team or one of its systems, from current data every time (never cached, so
 * never stale): six queries whatever the team's size, then the pure analysis.
 */
export async function loadReport(
  db: Db,
  { teamId, systemId }: { teamId: string; systemId: string | null },
) {
  const [input, decisions] = await Promise.all([
    loadAnalysisInput(db, { teamId }),
    loadDecisions(db, { teamId }),
  ]);
  if (systemId && !input.systems.some((s) => s.id === systemId)) {
    throw new DomainError('NOT_FOUND', 'System not found.');
  }
  const result = analyzeTeam(input);
  return { input, result, report: buildReport({ input, result, decisions, systemId }) };
}
