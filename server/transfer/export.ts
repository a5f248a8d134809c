import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, processes, steps, systems, users, whatIfs } from '@/db/schema';
import { withReadSnapshot } from '@/db/transaction';
import { DomainError } from '@/server/domain-error';
import { liveSystemIds } from '@/server/queries/live-systems';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type OpslensFile,
  type ProcessInFile,
  type StepInFile,
  type SystemInFile,
  type WhatIfInFile,
} from './format';

type SystemRow = Pick<
  typeof systems.$inferSelect,
  'id' | 'parentId' | 'name' | 'description' | 'ownerMembershipId' | 'archivedAt'
>;
type ProcessRow = typeof processes.$inferSelect;
type StepRow = typeof steps.$inferSelect;
type WhatIfRow = typeof whatIfs.$inferSelect;

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Exports the team's live systems (or one system and its subtree) in the import format, with a
 * fixed number of queries: every table is read once for the team, all in one read snapshot so
 * the reads agree with each other, and the tree is assembled in memory. Processes of every
 * status are included. Order is deterministic (position, name, id), so exporting, importing
 * into an empty team and exporting again gives the same document.
 */
export async function exportTeam(
  db: Db,
  { teamId, systemId, now = new Date() }: { teamId: string; systemId?: string; now?: Date },
): Promise<OpslensFile> {
  // One after another: a snapshot is one connection, and a PostgreSQL client runs one query at a time.
  const { memberRows, systemRows, processRows, stepRows, whatIfRows } = await withReadSnapshot(
    db,
    async (tx) => {
      const memberRows = await tx
        .select({ id: memberships.id, email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.teamId, teamId));
      const systemRows = await tx
        .select({
          id: systems.id,
          parentId: systems.parentId,
          name: systems.name,
          description: systems.description,
          ownerMembershipId: systems.ownerMembershipId,
          archivedAt: systems.archivedAt,
        })
        .from(systems)
        .where(eq(systems.teamId, teamId))
        .orderBy(asc(systems.position), asc(systems.name), asc(systems.id));
      const processRows = await tx
        .select()
        .from(processes)
        .where(eq(processes.teamId, teamId))
        .orderBy(asc(processes.position), asc(processes.name), asc(processes.id));
      const stepRows = await tx
        .select()
        .from(steps)
        .where(and(eq(steps.teamId, teamId), isNull(steps.archivedAt)))
        .orderBy(asc(steps.position), asc(steps.id));
      const whatIfRows = await tx
        .select()
        .from(whatIfs)
        .where(eq(whatIfs.teamId, teamId))
        .orderBy(asc(whatIfs.position), asc(whatIfs.id));
      return { memberRows, systemRows, processRows, stepRows, whatIfRows };
    },
  );

  const live = liveSystemIds(systemRows);
  let roots: SystemRow[];
  if (systemId !== undefined) {
    const root = systemRows.find((s) => s.id === systemId);
    if (!root || !live.has(root.id)) throw new DomainError('NOT_FOUND', 'System not found.');
    roots = [root];
  } else {
    roots = systemRows.filter((s) => s.parentId === null && live.has(s.id));
  }

  const emailOf = new Map(memberRows.map((m) => [m.id, m.email]));
  const childrenOf = groupBy(
    systemRows.filter((s) => live.has(s.id)),
    (s) => s.parentId,
  );
  const processesOf = groupBy(processRows, (p) => p.systemId);
  const stepsOf = groupBy(stepRows, (s) => s.processId);
  const whatIfsOf = groupBy(whatIfRows, (w) => w.stepId);

  // The processes in the file, in file order, to decide how each link can be written.
  const exported: ProcessRow[] = [];
  const collect = (s: SystemRow) => {
    exported.push(...(processesOf.get(s.id) ?? []));
    for (const child of childrenOf.get(s.id) ?? []) collect(child);
  };
  roots.forEach(collect);
  const inFile = new Map(exported.map((p) => [p.id, p]));
  const nameCount = new Map<string, number>();
  for (const p of exported) nameCount.set(p.name.trim(), (nameCount.get(p.name.trim()) ?? 0) + 1);
  // A link to a process whose name is not unique in the file goes by a file-local ref instead.
  const linkedIds = new Set(
    whatIfRows.map((w) => w.linkedProcessId).filter((id): id is string => !!id && inFile.has(id)),
  );
  const refOf = new Map<string, string>();
  for (const p of exported) {
    if (linkedIds.has(p.id) && (nameCount.get(p.name.trim()) ?? 0) > 1)
      refOf.set(p.id, `process-${refOf.size + 1}`);
  }

  const whatIfOut = (w: WhatIfRow): WhatIfInFile => {
    const target = w.linkedProcessId ? inFile.get(w.linkedProcessId) : undefined;
    const out: WhatIfInFile = { condition: w.condition, action: w.action };
    // A link to a process outside the exported subtree is dropped; the what-if stays.
    if (target) {
      const ref = refOf.get(target.id);
      if (ref) out.linkedProcessRef = ref;
      else out.linkedProcess = target.name;
    }
    return out;
  };

  const stepOut = (s: StepRow): StepInFile => {
    const out = { title: s.title } as StepInFile;
    if (s.details !== '') out.details = s.details;
    out.kind = s.kind;
    const performer = s.performerMembershipId ? emailOf.get(s.performerMembershipId) : undefined;
    if (performer) out.performer = performer;
    out.minutes = s.minutes;
    if (s.waitMinutes !== null) out.waitMinutes = s.waitMinutes;
    out.probability = s.probability;
    out.value = s.value;
    out.ruleBased = s.ruleBased;
    out.needsJudgment = s.needsJudgment;
    if (s.tools.length > 0) out.tools = [...s.tools];
    if (s.automationEffortHours !== null) out.automationEffortHours = s.automationEffortHours;
    const list = whatIfsOf.get(s.id);
    if (list) out.whatIfs = list.map(whatIfOut);
    return out;
  };

  const processOut = (p: ProcessRow): ProcessInFile => {
    const out = {} as ProcessInFile;
    const ref = refOf.get(p.id);
    if (ref) out.ref = ref;
    out.name = p.name;
    if (p.purpose !== '') out.purpose = p.purpose;
    if (p.trigger !== '') out.trigger = p.trigger;
    const owner = p.ownerMembershipId ? emailOf.get(p.ownerMembershipId) : undefined;
    if (owner) out.owner = owner;
    out.frequency =
      p.frequencyPeriod === 'on_demand'
        ? { period: 'on_demand', runsPerYear: p.frequencyCount }
        : { period: p.frequencyPeriod, count: p.frequencyCount };
    out.status = p.status;
    out.steps = (stepsOf.get(p.id) ?? []).map(stepOut);
    return out;
  };

  const systemOut = (s: SystemRow): SystemInFile => {
    const out: SystemInFile = { name: s.name };
    if (s.description !== '') out.description = s.description;
    const owner = s.ownerMembershipId ? emailOf.get(s.ownerMembershipId) : undefined;
    if (owner) out.owner = owner;
    const children = childrenOf.get(s.id);
    if (children) out.systems = children.map(systemOut);
    const own = processesOf.get(s.id);
    if (own) out.processes = own.map(processOut);
    return out;
  };

  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    systems: roots.map(systemOut),
  };
}
