/**
 * Teams of the sizes the design promises, built in a database through the same code paths as the
 * product: users and memberships through the query functions, and every system, process and step
 * through the import (server/transfer/import.ts), exactly as `npm run import` writes them.
 *
 * The content is deterministic (a fixed formula per index), varied enough that the report shows
 * every action and keep reason, and shaped like a business: systems four levels deep, 20 steps
 * per process, some on-demand processes, what-if branches, unassigned steps.
 */
import { asc, eq } from 'drizzle-orm';
import { withTransaction } from '@/db/transaction';
import type { Db } from '@/db/client';
import { memberships, processes } from '@/db/schema';
import { hashPassword } from '@/server/auth/password';
import { createTeamWithOwner, freeSlug } from '@/server/queries/teams';
import { insertUser } from '@/server/queries/users';
import type {
  OpslensFile,
  ProcessInFile,
  StepInFile,
  SystemInFile,
} from '@/server/transfer/format';
import { LIMITS } from '@/server/transfer/format';
import { importIntoTeam } from '@/server/transfer/import';

export type TeamSize = {
  label: string;
  processes: number;
  stepsPerProcess: number;
  members: number;
  /** Children per system at each level below the business; leaves hold the processes. */
  branching: readonly number[];
};

export const SIZES = {
  small: {
    label: 'small',
    processes: 50,
    stepsPerProcess: 20,
    members: 10,
    branching: [3, 2, 2, 2],
  },
  mid: { label: 'mid', processes: 500, stepsPerProcess: 15, members: 30, branching: [6, 4, 3, 2] },
  large: {
    label: 'large',
    processes: 2_000,
    stepsPerProcess: 20,
    members: 100,
    branching: [8, 5, 4, 3],
  },
  xlarge: {
    label: '4× large',
    processes: 8_000,
    stepsPerProcess: 20,
    members: 400,
    branching: [16, 5, 4, 5],
  },
} as const satisfies Record<string, TeamSize>;

export const BENCH_PASSWORD = 'bench-password-1';

const VALUES = ['customer', 'required', 'none', 'unknown', 'required'] as const;
const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const TOOLS = ['Gmail', 'QuickBooks', 'HubSpot', 'Notion', 'Slack', 'Excel'];

function stepOf(p: number, s: number, emails: string[]): StepInFile {
  const k = p * 31 + s * 7;
  return {
    title: `Step ${s + 1} of process ${p + 1}: ${['check', 'send', 'file', 'review', 'update'][k % 5]} the ${['invoice', 'brief', 'report', 'order', 'ticket'][(k >> 2) % 5]}`,
    details: s % 5 === 0 ? `Use the **template**; see the checklist for process ${p + 1}.` : '',
    kind: s % 7 === 3 ? 'decision' : s % 11 === 5 ? 'event' : 'action',
    performer: (p + s) % 13 === 0 ? null : emails[(p * 7 + s) % emails.length]!,
    minutes: 1 + ((p + s * 3) % 60),
    probability: s % 4 === 0 ? 30 : 100,
    value: VALUES[(p + s) % VALUES.length]!,
    ruleBased: (p + s) % 3 === 0,
    needsJudgment: (p + s) % 5 === 0,
    tools: [TOOLS[k % TOOLS.length]!],
    automationEffortHours: s % 6 === 0 ? 40 : null,
    whatIfs:
      s % 9 === 4
        ? [{ condition: 'The client does not answer within a week', action: 'Call them' }]
        : [],
  };
}

function processOf(p: number, size: TeamSize, emails: string[]): ProcessInFile {
  return {
    name: `Process ${p + 1}`,
    purpose: `Keeps part ${p % 97} of the business running.`,
    trigger: p % 2 ? 'A client asks' : 'Every period',
    owner: emails[p % emails.length]!,
    frequency:
      p % 11 === 0
        ? { period: 'on_demand', runsPerYear: 10 + (p % 50) }
        : { period: PERIODS[p % PERIODS.length]!, count: 1 + (p % 4) },
    status: 'active',
    steps: Array.from({ length: size.stepsPerProcess }, (_, s) => stepOf(p, s, emails)),
  };
}

/** The system tree with every process placed on a leaf, round robin. */
function systemsOf(size: TeamSize, emails: string[]): SystemInFile[] {
  const leaves: SystemInFile[] = [];
  const level = (depth: number, prefix: string): SystemInFile[] =>
    Array.from({ length: size.branching[depth]! }, (_, i) => {
      const name = prefix ? `${prefix}.${i + 1}` : `System ${i + 1}`;
      const system: SystemInFile = {
        name,
        description: `Part ${name} of the business.`,
        owner: emails[i % emails.length]!,
        processes: [],
        systems: depth + 1 < size.branching.length ? level(depth + 1, name) : [],
      };
      if (depth + 1 === size.branching.length) leaves.push(system);
      return system;
    });
  const top = level(0, '');
  for (let p = 0; p < size.processes; p++)
    leaves[p % leaves.length]!.processes!.push(processOf(p, size, emails));
  return top;
}

/** Splits the top-level systems into files that each stay inside the import limits. */
function filesOf(top: SystemInFile[], stepsPerProcess: number): OpslensFile[] {
  const perFileProcesses = Math.min(LIMITS.processes, Math.floor(LIMITS.steps / stepsPerProcess));
  const count = (s: SystemInFile): number =>
    (s.processes?.length ?? 0) + (s.systems ?? []).reduce((a, c) => a + count(c), 0);
  const files: OpslensFile[] = [];
  let current: SystemInFile[] = [];
  let inCurrent = 0;
  for (const system of top) {
    const n = count(system);
    if (current.length > 0 && inCurrent + n > perFileProcesses) {
      files.push({ format: 'opslens', version: 1, systems: current });
      current = [];
      inCurrent = 0;
    }
    current.push(system);
    inCurrent += n;
  }
  if (current.length > 0) files.push({ format: 'opslens', version: 1, systems: current });
  return files;
}

export type BenchTeam = {
  teamId: string;
  slug: string;
  ownerUserId: string;
  ownerEmail: string;
  /** A process of the team, for the small-read measurements. */
  processId: string;
  stepCount: number;
};

/** Builds one team of the given size; `tag` keeps emails and names apart between teams. */
export async function buildTeam(
  db: Db,
  size: TeamSize,
  tag: string,
  passwordHash?: string,
): Promise<BenchTeam> {
  const hash = passwordHash ?? (await hashPassword(BENCH_PASSWORD));
  const emails = Array.from({ length: size.members }, (_, i) => `m${i}.${tag}@bench.opslens`);
  const people = [];
  for (const [i, email] of emails.entries()) {
    people.push(await insertUser(db, { name: `Member ${i} ${tag}`, email, passwordHash: hash }));
  }
  const owner = people[0]!;
  const team = await createTeamWithOwner(db, {
    name: `Bench ${tag}`,
    slug: await freeSlug(db, `bench-${tag}`),
    userId: owner.id,
  });
  for (const [i, user] of people.slice(1).entries()) {
    await withTransaction(db, (tx) =>
      tx.insert(memberships).values({
        teamId: team.id,
        userId: user.id,
        role: i % 10 === 0 ? 'admin' : 'member',
        hourlyCost: i % 10 === 0 ? null : 20 + (i % 17) * 5,
        weeklyCapacityHours: i % 3 === 0 ? 0 : 2 + (i % 5),
      }),
    );
  }
  let stepCount = 0;
  for (const file of filesOf(systemsOf(size, emails), size.stepsPerProcess)) {
    const result = await importIntoTeam(db, { teamId: team.id, actorUserId: owner.id, file });
    if (!result.ok) throw new Error(`bench import failed: ${JSON.stringify(result.problems[0])}`);
    stepCount += result.counts.steps;
  }
  const first = await db
    .select({ id: processes.id })
    .from(processes)
    .where(eq(processes.teamId, team.id))
    .orderBy(asc(processes.name))
    .limit(1);
  const processId = first[0]!.id;
  return {
    teamId: team.id,
    slug: team.slug,
    ownerUserId: owner.id,
    ownerEmail: emails[0]!,
    processId,
    stepCount,
  };
}
