/**
 * Totals per process, per system (including all of its subsystems) and for the team, by action.
 *
 * Each system's ancestry is worked out once. Findings are added to their process and the team;
 * each process total is then merged into its system's chain of ancestors: O(steps + processes ×
 * depth), never steps × systems.
 * A system whose parent is missing is treated as a top-level system; a parent cycle (bad data)
 * is cut where it loops, so each system is counted at most once per finding.
 * Findings are added in the order given; pass them in a canonical order (analyzeTeam passes the
 * ranked list), and processes are merged in processId order, so floating-point sums come out
 * identical whatever the input order was.
 */
import { compareStrings } from './delegate';
import {
  ACTIONS,
  KEEP_REASONS,
  type Action,
  type ActionTotals,
  type AnalysisProcess,
  type AnalysisSystem,
  type Finding,
  type KeepReason,
  type ProcessRollup,
  type Rollup,
  type SystemRollup,
} from './types';

function emptyActionTotals(): ActionTotals {
  return {
    count: 0,
    hoursPerYear: 0,
    costPerYear: 0,
    hoursSavedPerYear: 0,
    costSavedPerYear: 0,
    hoursFreedPerYear: 0,
  };
}

export function emptyRollup(): Rollup {
  const byAction = {} as Record<Action, ActionTotals>;
  for (const action of ACTIONS) byAction[action] = emptyActionTotals();
  const keepReasons = {} as Record<KeepReason, number>;
  for (const reason of KEEP_REASONS) keepReasons[reason] = 0;
  return {
    stepCount: 0,
    hoursPerYear: 0,
    costPerYear: 0,
    hoursSavedPerYear: 0,
    costSavedPerYear: 0,
    hoursFreedPerYear: 0,
    byAction,
    keepReasons,
  };
}

export function addFinding(rollup: Rollup, finding: Omit<Finding, 'reasons'>): void {
  rollup.stepCount += 1;
  rollup.hoursPerYear += finding.hoursPerYear;
  rollup.costPerYear += finding.costPerYear;
  rollup.hoursSavedPerYear += finding.hoursSavedPerYear;
  rollup.costSavedPerYear += finding.costSavedPerYear;
  rollup.hoursFreedPerYear += finding.hoursFreedPerYear;
  const totals = rollup.byAction[finding.action];
  totals.count += 1;
  totals.hoursPerYear += finding.hoursPerYear;
  totals.costPerYear += finding.costPerYear;
  totals.hoursSavedPerYear += finding.hoursSavedPerYear;
  totals.costSavedPerYear += finding.costSavedPerYear;
  totals.hoursFreedPerYear += finding.hoursFreedPerYear;
  if (finding.keepReason) rollup.keepReasons[finding.keepReason] += 1;
}

function mergeTotals(into: ActionTotals, from: ActionTotals): void {
  into.count += from.count;
  into.hoursPerYear += from.hoursPerYear;
  into.costPerYear += from.costPerYear;
  into.hoursSavedPerYear += from.hoursSavedPerYear;
  into.costSavedPerYear += from.costSavedPerYear;
  into.hoursFreedPerYear += from.hoursFreedPerYear;
}

export function mergeRollup(into: Rollup, from: Rollup): void {
  into.stepCount += from.stepCount;
  into.hoursPerYear += from.hoursPerYear;
  into.costPerYear += from.costPerYear;
  into.hoursSavedPerYear += from.hoursSavedPerYear;
  into.costSavedPerYear += from.costSavedPerYear;
  into.hoursFreedPerYear += from.hoursFreedPerYear;
  for (const action of ACTIONS) mergeTotals(into.byAction[action], from.byAction[action]);
  for (const reason of KEEP_REASONS) into.keepReasons[reason] += from.keepReasons[reason];
}

/** Each system id → [itself, its parent, …, its top-level ancestor]. */
export function systemAncestry(systems: readonly AnalysisSystem[]): Map<string, string[]> {
  const parentOf = new Map<string, string | null>();
  for (const system of systems) {
    if (!parentOf.has(system.id)) parentOf.set(system.id, system.parentId);
  }
  const chains = new Map<string, string[]>();
  for (const id of parentOf.keys()) {
    const chain: string[] = [];
    const seen = new Set<string>();
    let current: string | null | undefined = id;
    while (current != null && parentOf.has(current) && !seen.has(current)) {
      // Reuse an ancestor's finished chain: keeps deep trees linear in practice.
      const known = chains.get(current);
      if (known) {
        for (const ancestor of known) if (!seen.has(ancestor)) chain.push(ancestor);
        break;
      }
      chain.push(current);
      seen.add(current);
      current = parentOf.get(current);
    }
    chains.set(id, chain);
  }
  return chains;
}

export interface Rollups {
  processes: ProcessRollup[];
  systems: SystemRollup[];
  team: Rollup;
}

export function rollUp(
  findings: readonly Omit<Finding, 'reasons'>[],
  processes: readonly AnalysisProcess[],
  systems: readonly AnalysisSystem[],
): Rollups {
  const chains = systemAncestry(systems);

  const systemRollups = new Map<string, SystemRollup>();
  for (const system of systems) {
    if (systemRollups.has(system.id)) continue;
    systemRollups.set(system.id, {
      systemId: system.id,
      parentId: system.parentId,
      processCount: 0,
      ...emptyRollup(),
    });
  }

  const processRollups = new Map<string, ProcessRollup>();
  for (const process of processes) {
    if (processRollups.has(process.id)) continue;
    processRollups.set(process.id, {
      processId: process.id,
      systemId: process.systemId,
      ...emptyRollup(),
    });
  }

  const team = emptyRollup();
  for (const finding of findings) {
    addFinding(team, finding);
    const processRollup = processRollups.get(finding.processId);
    if (processRollup) addFinding(processRollup, finding);
  }

  const sortedProcesses = [...processRollups.values()].sort((a, b) =>
    compareStrings(a.processId, b.processId),
  );
  for (const processRollup of sortedProcesses) {
    for (const id of chains.get(processRollup.systemId) ?? []) {
      const systemRollup = systemRollups.get(id);
      if (!systemRollup) continue;
      systemRollup.processCount += 1;
      mergeRollup(systemRollup, processRollup);
    }
  }

  return {
    processes: sortedProcesses,
    systems: [...systemRollups.values()].sort((a, b) => compareStrings(a.systemId, b.systemId)),
    team,
  };
}
