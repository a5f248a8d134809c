/**
 * The summary of one zoom level of a report (pure): totals, potential and realized savings,
 * time by system one level down and the Pareto chart's steps. Small whatever the team.
 */
import type { Action, KeepReason } from '@/server/analysis';
import type { SavingsTotals } from './model-types';
import type { ReportModel } from './model';

/** How many rows of "time by system" and zoom links a summary carries at most. */
export const SUMMARY_SYSTEM_ROWS = 24;
/** How many steps the Pareto chart shows. */
export const PARETO_STEPS = 12;

export type ScopeSummary = ReturnType<typeof summarizeScope>;

const zero = (): SavingsTotals => ({
  count: 0,
  hoursSavedPerYear: 0,
  hoursFreedPerYear: 0,
  costSavedPerYear: 0,
});

const perAction = (): Record<Exclude<Action, 'keep'>, SavingsTotals> => ({
  remove: zero(),
  automate: zero(),
  delegate: zero(),
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

/** Computed once per scope and kept by the model (ReportModel.summary). */
export function summarizeScope(model: ReportModel, scope: string | null) {
  const { findings, systems: rollups } = model.core;
  const totals = { stepCount: 0, hoursPerYear: 0, costPerYear: 0 };
  const potential = perAction();
  const keepReasons: Partial<Record<KeepReason, number>> = {};
  const actionCounts: Record<Action, number> = { remove: 0, automate: 0, delegate: 0, keep: 0 };
  const reviewCounts = { open: 0, accepted: 0, dismissed: 0, done: 0 };
  const potentialByChild = new Map<string, number>();
  const pareto: { index: number; running: number }[] = [];
  let running = 0;
  findings.forEach((f, i) => {
    if (!model.inScope(f.systemId, scope)) return;
    const review = model.reviews[i]!;
    totals.stepCount += 1;
    totals.hoursPerYear += f.hoursPerYear;
    totals.costPerYear += f.costPerYear;
    actionCounts[f.action] += 1;
    if (f.action === 'keep') {
      if (f.keepReason) keepReasons[f.keepReason] = (keepReasons[f.keepReason] ?? 0) + 1;
      return;
    }
    reviewCounts[review.status] += 1;
    // Dismissed findings leave the potential; done work is counted as realized, never twice.
    if (review.status === 'dismissed' || review.status === 'done') return;
    const p = potential[f.action];
    p.count += 1;
    p.hoursSavedPerYear += f.hoursSavedPerYear;
    p.hoursFreedPerYear += f.hoursFreedPerYear;
    p.costSavedPerYear += f.costSavedPerYear;
    const child = model.systems.childOfScopeToward(f.systemId, scope);
    potentialByChild.set(child, (potentialByChild.get(child) ?? 0) + f.costSavedPerYear);
    // Ranked order: the first candidates with a saving are the Pareto's steps.
    if (f.costSavedPerYear > 0 && pareto.length < PARETO_STEPS) {
      running += f.costSavedPerYear;
      pareto.push({ index: i, running });
    }
  });
  const potentialTotal = sumTotals(Object.values(potential));

  // Realized: what finished changes (removed, automated, handed over) took off the books.
  const realized = perAction();
  const realizedByChild = new Map<string, SavingsTotals>();
  for (const r of model.realized) {
    // A change whose system is gone or archived still counts for the business as a whole.
    const placed = r.systemId !== null && model.systems.byId.has(r.systemId);
    if (placed ? !model.inScope(r.systemId!, scope) : scope !== null) continue;
    const add = (t: SavingsTotals) => {
      t.count += 1;
      t.costSavedPerYear += r.costSavedPerYear;
      t.hoursSavedPerYear += r.hoursSavedPerYear;
      t.hoursFreedPerYear += r.hoursFreedPerYear;
    };
    add(realized[r.action]);
    if (!placed) continue;
    const key = model.systems.childOfScopeToward(r.systemId!, scope);
    if (!realizedByChild.has(key)) realizedByChild.set(key, zero());
    add(realizedByChild.get(key)!);
  }
  const realizedTotal = sumTotals(Object.values(realized));

  // Time by system, one level down (and the scope's own processes, when it has any).
  const rollupById = new Map(rollups.map((s) => [s.systemId, s]));
  const childSystems = model.systems.children.get(scope) ?? [];
  const rows = childSystems
    .map((s) => {
      const r = rollupById.get(s.id);
      return {
        systemId: s.id as string | null,
        name: s.name,
        hoursPerYear: r?.hoursPerYear ?? 0,
        costPerYear: r?.costPerYear ?? 0,
        costSavedPerYear: potentialByChild.get(s.id) ?? 0,
        realizedCostSavedPerYear: realizedByChild.get(s.id)?.costSavedPerYear ?? 0,
        realizedHoursPerYear: realizedByChild.get(s.id)?.hoursFreedPerYear ?? 0,
      };
    })
    .filter((s) => s.hoursPerYear > 0 || s.realizedCostSavedPerYear > 0);
  if (scope !== null) {
    const own = model.core.processes.filter((p) => p.systemId === scope);
    const hours = own.reduce((a, p) => a + p.hoursPerYear, 0);
    if (hours > 0) {
      rows.push({
        systemId: null,
        name: `${model.systems.byId.get(scope)?.name ?? ''} (its own processes)`,
        hoursPerYear: hours,
        costPerYear: own.reduce((a, p) => a + p.costPerYear, 0),
        costSavedPerYear: potentialByChild.get(scope) ?? 0,
        realizedCostSavedPerYear: realizedByChild.get(scope)?.costSavedPerYear ?? 0,
        realizedHoursPerYear: realizedByChild.get(scope)?.hoursFreedPerYear ?? 0,
      });
    }
  }
  rows.sort((a, b) => b.hoursPerYear - a.hoursPerYear || a.name.localeCompare(b.name));

  const scopeSystem = scope === null ? null : model.systems.byId.get(scope)!;
  return {
    currency: model.input.settings.currency,
    dataVersion: model.dataVersion,
    settings: {
      horizonYears: model.input.settings.horizonYears,
      minHoursPerYear: model.input.settings.minHoursPerYear,
      defaultAutomationEffortHours: model.input.settings.defaultAutomationEffortHours,
    },
    scope: {
      systemId: scope,
      name: scopeSystem?.name ?? null,
      breadcrumb:
        scope === null ? [] : model.systems.path(scope).map((s) => ({ id: s.id, name: s.name })),
      subsystems: childSystems
        .slice(0, SUMMARY_SYSTEM_ROWS)
        .map((s) => ({ id: s.id, name: s.name })),
      subsystemCount: childSystems.length,
    },
    totals,
    potential,
    potentialTotal,
    realized,
    realizedTotal,
    keepReasons,
    actionCounts,
    reviewCounts,
    dismissedCount: reviewCounts.dismissed,
    bySystem: rows.slice(0, SUMMARY_SYSTEM_ROWS),
    bySystemCount: rows.length,
    /** Steps with the largest savings; labels are added by the caller (titles are not here). */
    pareto: pareto.map(({ index, running: sum }) => {
      const f = findings[index]!;
      return {
        stepId: f.stepId,
        processId: f.processId,
        action: f.action,
        costSavedPerYear: f.costSavedPerYear,
        cumulativeShare:
          potentialTotal.costSavedPerYear > 0 ? sum / potentialTotal.costSavedPerYear : 0,
      };
    }),
  };
}
