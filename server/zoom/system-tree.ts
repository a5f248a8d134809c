/**
 * The system tree and its numbers, assembled in memory from flat rows (pure: no database).
 * Archived systems, and everything under them, are left out of the live tree and its totals.
 */

export type TreeSystem = {
  id: string;
  parentId: string | null;
  name: string;
  archived: boolean;
  position: number;
};
export type ProcessTotals = {
  processId: string;
  systemId: string;
  stepCount: number;
  hoursPerYear: number;
};
export type Totals = { processCount: number; stepCount: number; hoursPerYear: number };

export type SystemTree = {
  /** Live children of a system (key null: the top level), in order. */
  childrenOf: Map<string | null, TreeSystem[]>;
  byId: Map<string, TreeSystem>;
  /** Totals of each live system's subtree, its own processes included. */
  totals: Map<string, Totals>;
  /** The whole business. */
  teamTotals: Totals;
};

const zero = (): Totals => ({ processCount: 0, stepCount: 0, hoursPerYear: 0 });

export function buildSystemTree(systems: TreeSystem[], processTotals: ProcessTotals[]): SystemTree {
  const byId = new Map(systems.map((s) => [s.id, s]));
  const childrenOf = new Map<string | null, TreeSystem[]>();
  for (const s of systems) {
    if (s.archived) continue;
    // A parent that is missing from the team is treated as the top level.
    const parent = s.parentId !== null && byId.has(s.parentId) ? s.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(s);
    childrenOf.set(parent, list);
  }
  for (const list of childrenOf.values()) {
    list.sort(
      (a, b) => a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    );
  }

  const own = new Map<string, Totals>();
  for (const p of processTotals) {
    const t = own.get(p.systemId) ?? zero();
    t.processCount += 1;
    t.stepCount += p.stepCount;
    t.hoursPerYear += p.hoursPerYear;
    own.set(p.systemId, t);
  }

  const totals = new Map<string, Totals>();
  const teamTotals = zero();
  // Iterative post-order walk from the live roots: a deep tree cannot overflow the stack.
  const stack: { id: string; done: boolean }[] = (childrenOf.get(null) ?? []).map((s) => ({
    id: s.id,
    done: false,
  }));
  const seen = new Set<string>();
  while (stack.length) {
    const top = stack.pop()!;
    if (top.done) {
      const t = { ...(own.get(top.id) ?? zero()) };
      for (const c of childrenOf.get(top.id) ?? []) {
        const ct = totals.get(c.id);
        if (!ct) continue;
        t.processCount += ct.processCount;
        t.stepCount += ct.stepCount;
        t.hoursPerYear += ct.hoursPerYear;
      }
      totals.set(top.id, t);
      continue;
    }
    if (seen.has(top.id)) continue; // a parent loop in bad data: visit once
    seen.add(top.id);
    stack.push({ id: top.id, done: true });
    for (const c of childrenOf.get(top.id) ?? []) stack.push({ id: c.id, done: false });
  }
  for (const root of childrenOf.get(null) ?? []) {
    const t = totals.get(root.id)!;
    teamTotals.processCount += t.processCount;
    teamTotals.stepCount += t.stepCount;
    teamTotals.hoursPerYear += t.hoursPerYear;
  }
  return { childrenOf, byId, totals, teamTotals };
}

/** From the top down to the system itself; empty for the business. */
export function ancestry(tree: SystemTree, systemId: string | null): TreeSystem[] {
  const path: TreeSystem[] = [];
  for (
    let at = systemId ? tree.byId.get(systemId) : undefined;
    at;
    at = at.parentId ? tree.byId.get(at.parentId) : undefined
  ) {
    if (path.includes(at)) break;
    path.unshift(at);
  }
  return path;
}

/** Whether a system is archived or sits under an archived one (then it is out of the live tree). */
export function isHidden(tree: SystemTree, systemId: string): boolean {
  return ancestry(tree, systemId).some((s) => s.archived);
}
