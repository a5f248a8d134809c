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

/*
 * Sums are kept in one flat array per kind of rollup, WIDTH numbers per process or system, and
 * turned into objects once at the end: tens of thousands of findings then cost additions, not
 * property lookups on objects. Each field is still added in exactly the order described above.
 */
const TOTALS = 6; // stepCount, hours, cost, hours saved, cost saved, hours freed
const ACTION_AT = Object.fromEntries(ACTIONS.map((a, i) => [a, TOTALS + i * TOTALS])) as Record<
  Action,
  number
>;
const KEEP_AT = Object.fromEntries(
  KEEP_REASONS.map((r, i) => [r, TOTALS + ACTIONS.length * TOTALS + i]),
) as Record<KeepReason, number>;
const WIDTH = TOTALS + ACTIONS.length * TOTALS + KEEP_REASONS.length;

function addAt(sums: Float64Array, at: number, f: Omit<Finding, 'reasons'>) {
  sums[at] = sums[at]! + 1;
  sums[at + 1] = sums[at + 1]! + f.hoursPerYear;
  sums[at + 2] = sums[at + 2]! + f.costPerYear;
  sums[at + 3] = sums[at + 3]! + f.hoursSavedPerYear;
  sums[at + 4] = sums[at + 4]! + f.costSavedPerYear;
  sums[at + 5] = sums[at + 5]! + f.hoursFreedPerYear;
  const a = at + ACTION_AT[f.action];
  sums[a] = sums[a]! + 1;
  sums[a + 1] = sums[a + 1]! + f.hoursPerYear;
  sums[a + 2] = sums[a + 2]! + f.costPerYear;
  sums[a + 3] = sums[a + 3]! + f.hoursSavedPerYear;
  sums[a + 4] = sums[a + 4]! + f.costSavedPerYear;
  sums[a + 5] = sums[a + 5]! + f.hoursFreedPerYear;
  if (f.keepReason) {
    const k = at + KEEP_AT[f.keepReason];
    sums[k] = sums[k]! + 1;
  }
}

function rollupAt(sums: Float64Array, at: number): Rollup {
  const byAction = {} as Record<Action, ActionTotals>;
  for (const action of ACTIONS) {
    const a = at + ACTION_AT[action];
    byAction[action] = {
      count: sums[a]!,
      hoursPerYear: sums[a + 1]!,
      costPerYear: sums[a + 2]!,
      hoursSavedPerYear: sums[a + 3]!,
      costSavedPerYear: sums[a + 4]!,
      hoursFreedPerYear: sums[a + 5]!,
    };
  }
  const keepReasons = {} as Record<KeepReason, number>;
  for (const reason of KEEP_REASONS) keepReasons[reason] = sums[at + KEEP_AT[reason]]!;
  return {
    stepCount: sums[at]!,
    hoursPerYear: sums[at + 1]!,
    costPerYear: sums[at + 2]!,
    hoursSavedPerYear: sums[at + 3]!,
    costSavedPerYear: sums[at + 4]!,
    hoursFreedPerYear: sums[at + 5]!,
    byAction,
    keepReasons,
  };
}

export function rollUp(
  findings: readonly Omit<Finding, 'reasons'>[],
  processes: readonly AnalysisProcess[],
  systems: readonly AnalysisSystem[],
): Rollups {
  const chains = systemAncestry(systems);

  const systemList: AnalysisSystem[] = [];
  const systemAt = new Map<string, number>();
  for (const system of systems) {
    if (systemAt.has(system.id)) continue;
    systemAt.set(system.id, systemList.length * WIDTH);
    systemList.push(system);
  }
  const processList: AnalysisProcess[] = [];
  const processAt = new Map<string, number>();
  for (const process of processes) {
    if (processAt.has(process.id)) continue;
    processAt.set(process.id, processList.length * WIDTH);
    processList.push(process);
  }

  const team = new Float64Array(WIDTH);
  const processSums = new Float64Array(processList.length * WIDTH);
  for (const finding of findings) {
    addAt(team, 0, finding);
    const at = processAt.get(finding.processId);
    if (at !== undefined) addAt(processSums, at, finding);
  }

  const sortedProcesses = [...processList].sort((a, b) => compareStrings(a.id, b.id));
  const systemSums = new Float64Array(systemList.length * WIDTH);
  const processCounts = new Float64Array(systemList.length);
  for (const process of sortedProcesses) {
    const from = processAt.get(process.id)!;
    for (const id of chains.get(process.systemId) ?? []) {
      const to = systemAt.get(id);
      if (to === undefined) continue;
      processCounts[to / WIDTH] = processCounts[to / WIDTH]! + 1;
      for (let k = 0; k < WIDTH; k++)
        systemSums[to + k] = systemSums[to + k]! + processSums[from + k]!;
    }
  }

  return {
    processes: sortedProcesses.map((p) => ({
      processId: p.id,
      systemId: p.systemId,
      ...rollupAt(processSums, processAt.get(p.id)!),
    })),
    systems: [...systemList]
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((s) => {
        const at = systemAt.get(s.id)!;
        return {
          systemId: s.id,
          parentId: s.parentId,
          processCount: processCounts[at / WIDTH]!,
          ...rollupAt(systemSums, at),
        };
      }),
    team: rollupAt(team, 0),
  };
}
