import 'server-only';
import type { Db } from '@/db/client';
import { analyzeTeam } from '@/server/analysis';
import { DomainError } from '@/server/domain-error';
import { loadAnalysisInput } from '@/server/queries/analysis-input';
import { loadDecisions } from '@/server/queries/decisions';
import { loadRealized } from '@/server/queries/realized';
import { buildReport } from './build-report';

/**
 * The report for a team or one of its systems, from current data every time (never cached, so
 * never stale): eight queries whatever the team's size, then the pure analysis.
 */
export async function loadReport(
  db: Db,
  { teamId, systemId }: { teamId: string; systemId: string | null },
) {
  const [input, decisions, realizedRows] = await Promise.all([
    loadAnalysisInput(db, { teamId }),
    loadDecisions(db, { teamId }),
    loadRealized(db, { teamId }),
  ]);
  if (systemId && !input.systems.some((s) => s.id === systemId)) {
    throw new DomainError('NOT_FOUND', 'System not found.');
  }
  const result = analyzeTeam(input);
  return {
    input,
    result,
    report: buildReport({ input, result, decisions, realizedRows, systemId }),
  };
}

/** The current finding for one step (the analysis runs team-wide: capacity is shared). */
export async function findingForStep(
  db: Db,
  { teamId, stepId }: { teamId: string; stepId: string },
) {
  const input = await loadAnalysisInput(db, { teamId });
  const result = analyzeTeam(input);
  const finding = result.findings.find((f) => f.stepId === stepId);
  const step = input.processes.flatMap((p) => p.steps).find((s) => s.id === stepId);
  if (!finding || !step) throw new DomainError('NOT_FOUND', 'Step not found.');
  return {
    input,
    result,
    finding,
    hoursPerWeek: finding.hoursPerYear / Math.max(input.settings.weeksPerYear, 1),
    snapshot: {
      hoursPerYear: finding.hoursPerYear,
      value: step.value,
      ruleBased: step.ruleBased,
      needsJudgment: step.needsJudgment,
      costSavedPerYear: finding.costSavedPerYear,
      hoursSavedPerYear: finding.hoursSavedPerYear,
      hoursFreedPerYear: finding.hoursFreedPerYear,
    },
  };
}
