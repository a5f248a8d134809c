/**
 * The streamlining report for one zoom level, assembled from the analysis (pure).
 * The analysis always runs on the whole team (delegation shares capacity team-wide); the report
 * then keeps the findings of the chosen system's subtree.
 */
import type { Action, AnalysisInput, AnalysisResult, Finding, KeepReason } from '@/server/analysis';
import { reviewOf, type Review, type StoredDecision } from './review';

export type ReportFinding = Finding & {
  stepTitle: string;
  processName: string;
  systemName: string;
  /** Names from the top of the business down to the step's system. */
  systemPath: string[];
  /** The same systems' ids, for filtering by any system above the step. */
  systemPathIds: string[];
  performerName: string | null;
  suggestedName: string | null;
  review: Review;
};

export type SavingsTotals = {
  count: number;
  hoursSavedPerYear: number;
  hoursFreedPerYear: number;
  costSavedPerYear: number;
};

export type Report = ReturnType<typeof buildReport>;

export type RealizedRow = {
  systemId: string | null;
  action: Exclude<Action, 'keep'>;
  costSavedPerYear: number;
  hoursSavedPerYear: number;
  hoursFreedPerYear: number;
};

const zero = (): SavingsTotals => ({
  count: 0,
  hoursSavedPerYear: 0,
  hoursFreedPerYear: 0,
  costSavedPerYear: 0,
});

function sumTotals(parts: SavingsTotals[]): SavingsTotals {
  const total = zero();
  for (const p of parts) {
    total.count += p.count;
    total.hoursSavedPerYear += p.hoursSavedPerYear;
    total.hoursFreedPerYear += p.hoursFreedPerYear;
    total.costSavedPerYear += p.costSavedPerYear;
  }
  return total;
}

export function buildReport({
  input,
  result,
  decisions,
  realizedRows,
  systemId,
}: {
  input: AnalysisInput;
  result: AnalysisResult;
  decisions: Map<string, StoredDecision>;
  /** What finished changes saved (realized_savings rows). */
  realizedRows: RealizedRow[];
  systemId: string | null;
}) {
  const systemById = new Map(input.systems.map((s) => [s.id, s]));
  const children = new Map<string | null, typeof input.systems>();
  for (const s of input.systems) {
    const parent = s.parentId !== null && systemById.has(s.parentId) ? s.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(s);
    children.set(parent, list);
  }
  const pathMemo = new Map<string, typeof input.systems>();
  const pathSystems = (id: string) => {
    let path = pathMemo.get(id);
    if (!path) {
      path = [];
      const seen = new Set<string>();
      for (
        let at = systemById.get(id);
        at && !seen.has(at.id);
        at = at.parentId ? systemById.get(at.parentId) : undefined
      ) {
        seen.add(at.id);
        path.unshift(at);
      }
      pathMemo.set(id, path);
    }
    return path;
  };
  const pathOf = (id: string): string[] => pathSystems(id).map((s) => s.name);

  const breadcrumb = (() => {
    const trail: { id: string; name: string }[] = [];
    const seen = new Set<string>();
    for (
      let at = systemId ? systemById.get(systemId) : undefined;
      at && !seen.has(at.id);
      at = at.parentId ? systemById.get(at.parentId) : undefined
    ) {
      seen.add(at.id);
      trail.unshift({ id: at.id, name: at.name });
    }
    return trail;
  })();

  // The scope: the chosen system and everything under it, or the whole business.
  const inScope = new Set<string>();
  if (systemId === null) input.systems.forEach((s) => inScope.add(s.id));
  else {
    const stack = [systemId];
    while (stack.length) {
      const id = stack.pop()!;
      if (inScope.has(id)) continue;
      inScope.add(id);
      for (const c of children.get(id) ?? []) stack.push(c.id);
    }
  }

  const memberName = new Map(input.members.map((m) => [m.membershipId, m.name]));
  const processById = new Map(input.processes.map((p) => [p.id, p]));
  const stepById = new Map(input.processes.flatMap((p) => p.steps.map((s) => [s.id, s] as const)));

  const findings: ReportFinding[] = [];
  for (const f of result.findings) {
    if (!inScope.has(f.systemId)) continue;
    const step = stepById.get(f.stepId)!;
    findings.push({
      ...f,
      stepTitle: step.title,
      processName: processById.get(f.processId)?.name ?? '',
      systemName: systemById.get(f.systemId)?.name ?? '',
      systemPath: pathOf(f.systemId),
      systemPathIds: pathSystems(f.systemId).map((s) => s.id),
      performerName: f.performerId ? (memberName.get(f.performerId) ?? null) : null,
      suggestedName: f.suggestedMemberId ? (memberName.get(f.suggestedMemberId) ?? null) : null,
      review:
        f.action === 'keep'
          ? { status: 'open', reason: '', decidedByName: null, decidedAt: null, resurfaced: false }
          : reviewOf(
              f.action,
              {
                hoursPerYear: f.hoursPerYear,
                value: step.value,
                ruleBased: step.ruleBased,
                needsJudgment: step.needsJudgment,
              },
              decisions.get(f.stepId),
            ),
    });
  }

  const topOf = (id: string) => {
    // The child of the scope that a system sits under (or the scope itself for its own processes).
    const path = pathSystems(id).map((s) => s.id);
    const at = systemId === null ? 0 : path.indexOf(systemId) + 1;
    return path[at] ?? systemId ?? id;
  };
  const potentialBySystem = new Map<string, number>();

  // Totals of the scope; potential savings leave out what the team dismissed.
  const totals = { stepCount: 0, hoursPerYear: 0, costPerYear: 0 };
  const potential: Record<Exclude<Action, 'keep'>, SavingsTotals> = {
    remove: zero(),
    automate: zero(),
    delegate: zero(),
  };
  const keepReasons = {} as Record<KeepReason, number>;
  let dismissedCount = 0;
  for (const f of findings) {
    totals.stepCount += 1;
    totals.hoursPerYear += f.hoursPerYear;
    totals.costPerYear += f.costPerYear;
    if (f.action === 'keep') {
      if (f.keepReason) keepReasons[f.keepReason] = (keepReasons[f.keepReason] ?? 0) + 1;
      continue;
    }
    if (f.review.status === 'dismissed') {
      dismissedCount += 1;
      continue;
    }
    // Done work is counted as realized, never twice.
    if (f.review.status === 'done') continue;
    const p = potential[f.action];
    potentialBySystem.set(
      topOf(f.systemId),
      (potentialBySystem.get(topOf(f.systemId)) ?? 0) + f.costSavedPerYear,
    );
    p.count += 1;
    p.hoursSavedPerYear += f.hoursSavedPerYear;
    p.hoursFreedPerYear += f.hoursFreedPerYear;
    p.costSavedPerYear += f.costSavedPerYear;
  }
  const potentialTotal = sumTotals(Object.values(potential));

  // Realized: what done decisions (removed, automated, handed over) took off the books.
  const realized: Record<Exclude<Action, 'keep'>, SavingsTotals> = {
    remove: zero(),
    automate: zero(),
    delegate: zero(),
  };
  const realizedBySystem = new Map<string, SavingsTotals>();
  for (const r of realizedRows) {
    // A change whose system is gone or archived still counts for the business as a whole.
    const placed = r.systemId !== null && systemById.has(r.systemId);
    if (placed ? !inScope.has(r.systemId!) : systemId !== null) continue;
    const add = (t: SavingsTotals) => {
      t.count += 1;
      t.costSavedPerYear += r.costSavedPerYear;
      t.hoursSavedPerYear += r.hoursSavedPerYear;
      t.hoursFreedPerYear += r.hoursFreedPerYear;
    };
    add(realized[r.action]);
    if (!placed) continue;
    const key = topOf(r.systemId!);
    if (!realizedBySystem.has(key)) realizedBySystem.set(key, zero());
    add(realizedBySystem.get(key)!);
  }
  const realizedTotal = sumTotals(Object.values(realized));

  // Time by system, one level down (and the scope's own processes, when it has any).
  const rollupById = new Map(result.systems.map((s) => [s.systemId, s]));
  const bySystem = (children.get(systemId) ?? [])
    .map((s) => {
      const r = rollupById.get(s.id);
      return {
        systemId: s.id as string | null,
        name: s.name,
        hoursPerYear: r?.hoursPerYear ?? 0,
        costPerYear: r?.costPerYear ?? 0,
        costSavedPerYear: potentialBySystem.get(s.id) ?? 0,
        realizedCostSavedPerYear: realizedBySystem.get(s.id)?.costSavedPerYear ?? 0,
        realizedHoursPerYear: realizedBySystem.get(s.id)?.hoursFreedPerYear ?? 0,
      };
    })
    .filter((s) => s.hoursPerYear > 0 || s.realizedCostSavedPerYear > 0);
  if (systemId !== null) {
    const own = result.processes.filter((p) => p.systemId === systemId);
    const hours = own.reduce((a, p) => a + p.hoursPerYear, 0);
    if (hours > 0) {
      bySystem.push({
        systemId: null,
        name: `${systemById.get(systemId)?.name ?? ''} (its own processes)`,
        hoursPerYear: hours,
        costPerYear: own.reduce((a, p) => a + p.costPerYear, 0),
        costSavedPerYear: potentialBySystem.get(systemId) ?? 0,
        realizedCostSavedPerYear: realizedBySystem.get(systemId)?.costSavedPerYear ?? 0,
        realizedHoursPerYear: realizedBySystem.get(systemId)?.hoursFreedPerYear ?? 0,
      });
    }
  }
  bySystem.sort((a, b) => b.hoursPerYear - a.hoursPerYear || a.name.localeCompare(b.name));

  // Pareto: the few steps that hold most of the savings.
  const candidates = findings.filter(
    (f) => f.action !== 'keep' && f.review.status !== 'dismissed' && f.costSavedPerYear > 0,
  );
  let running = 0;
  const pareto = candidates.slice(0, 12).map((f) => {
    running += f.costSavedPerYear;
    return {
      stepId: f.stepId,
      label: f.stepTitle,
      action: f.action,
      costSavedPerYear: f.costSavedPerYear,
      cumulativeShare:
        potentialTotal.costSavedPerYear > 0 ? running / potentialTotal.costSavedPerYear : 0,
    };
  });

  const systemsInScope = input.systems
    .filter((s) => inScope.has(s.id))
    .map((s) => ({ id: s.id, name: pathOf(s.id).join(' › ') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const performers = [...new Set(findings.map((f) => f.performerId))]
    .map((id) => ({ id, name: id ? (memberName.get(id) ?? 'Former member') : 'Unassigned' }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    currency: input.settings.currency,
    settings: {
      horizonYears: input.settings.horizonYears,
      minHoursPerYear: input.settings.minHoursPerYear,
      defaultAutomationEffortHours: input.settings.defaultAutomationEffortHours,
    },
    scope: {
      systemId,
      name: systemId ? (systemById.get(systemId)?.name ?? '') : null,
      breadcrumb,
      subsystems: (children.get(systemId) ?? []).map((s) => ({ id: s.id, name: s.name })),
    },
    totals,
    potential,
    potentialTotal,
    realized,
    realizedTotal,
    keepReasons,
    dismissedCount,
    findings,
    bySystem,
    pareto,
    filters: { systems: systemsInScope, performers },
  };
}
