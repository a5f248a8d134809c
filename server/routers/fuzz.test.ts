/**
 * Fuzzed (issue #15): every procedure of the app router — found by walking the router, as the
 * tenancy sweep does, not from a hand-kept list — is called by the owner of a team full of data
 * (so role checks do not decide) with random and hostile input: a valid input with one field
 * (or a few) replaced by a wrong type, a huge or invisible or control-character string, an
 * edge-case number or an unknown, over-long, wrong-kind or other team's id; fields missing;
 * fields added; and no object at all. Every call must succeed or be refused with a 4xx
 * TRPCError — never an internal error — and a refused call must leave the database as it was.
 *
 * Deterministic: each procedure has its own fixed seed (FUZZ_SEED changes the base, FUZZ_RUNS
 * the runs per procedure), and a failure names the procedure, the input and the error.
 */
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processes, rateLimits, signInThrottles, steps, teams, users } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { mailerFromTransport } from '@/server/email/mailer';
import { appRouter } from '@/server/routers/_app';
import type { ProcedureMeta } from '@/server/trpc/init';
import { callerFor, signedUpUser } from '@/test/caller';
import { createTestDatabase } from '@/test/db';
import { errorShapeOf } from '@/test/error-shape';
import {
  Big,
  brief,
  hostileJson,
  hostileNumber,
  hostileString,
  hostileValue,
  Many,
  realize,
} from '@/test/hostile';
import { sampleInput } from '@/test/sample-input';
import { dumpTables } from '@/test/table-dump';
import { victimTeamWithData } from '@/test/victim-team';
import type { StepFieldsInput } from './process.schema';

const { db, engine } = createTestDatabase();

const RUNS = Number(process.env.FUZZ_RUNS) || 30;
const BASE_SEED = Number(process.env.FUZZ_SEED) || 15;

type AnyProcedure = {
  _def: { type: 'query' | 'mutation' | 'subscription'; meta?: ProcedureMeta; inputs: unknown[] };
};
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);

// ---------- named records, resolved when the call is made ----------

/**
 * A record the input names (`home.stepA`, `victim.process`…), or a value read when the call is
 * made (`now.stepVersion`). Inputs are drawn before the call, and the fixture can be rebuilt
 * between calls, so ids are drawn by name and looked up at the last moment.
 */
class Ref {
  constructor(
    readonly key: string,
    /** A near miss of the real id: other case, padded, with a NUL, doubled. */
    readonly variant: 'exact' | 'upper' | 'padded' | 'nul' | 'doubled' = 'exact',
  ) {}
  [fc.toStringMethod]() {
    return this.variant === 'exact' ? `ref(${this.key})` : `ref(${this.key}, ${this.variant})`;
  }
}
const ref = (key: string) => new Ref(key);

/** A JSON document serialized at call time, so its values may be placeholders too. */
class JsonText {
  constructor(readonly value: unknown) {}
  [fc.toStringMethod]() {
    return `json(${fc.stringify(this.value)})`;
  }
}

function resolve(value: unknown, refs: Record<string, unknown>): unknown {
  return realize(value, (v) => {
    if (v instanceof Ref) {
      if (!(v.key in refs)) throw new Error(`The fuzz names ${v.key}, which it does not have.`);
      const id = refs[v.key];
      if (v.variant === 'exact' || typeof id !== 'string') return id;
      if (v.variant === 'upper') return id.toUpperCase();
      if (v.variant === 'padded') return ` ${id} `;
      if (v.variant === 'nul') return `${id}\u0000`;
      return `${id}${id}`;
    }
    if (v instanceof JsonText) return JSON.stringify(resolve(v.value, refs));
    return undefined;
  });
}

// ---------- the fixture: the caller's own team ("home") and another team ("victim") ----------

type Person = Awaited<ReturnType<typeof signedUpUser>>;
let owner: Person & { sessionVersion: number };
let member: Person;
let victimRefs: Record<string, string> = {};
let home: { refs: Record<string, string>; name: string } | null = null;
let homes = 0;
let fresh = 0;

// Emails really go out (to a JSON transport), so hostile names reach the email code too.
const mailer = mailerFromTransport(
  nodemailer.createTransport({ jsonTransport: true }),
  'Opslens <fuzz@opslens.test>',
);
const ownerApi = () => callerFor(db, owner.id, mailer, owner.sessionVersion);
const tokenOf = (link: string) => link.split('/invite/')[1]!;

/**
 * A team the owner runs, with a member, a pending invitation, a system inside a system, two
 * processes (a what-if links them), five steps — one removed by an accepted finding, one handed
 * to the owner and waiting, one handed to the owner and accepted — built through the router.
 */
async function buildHome() {
  const api = ownerApi();
  const name = `Fuzz Home ${++homes}`;
  const team = await api.team.create({ name });
  const teamId = team.id;
  const invite = await api.invitation.create({ teamId, email: member.email, role: 'member' });
  await member.api.invitation.accept({ token: tokenOf(invite.link) });
  const { members } = await api.member.list({ teamId });
  const ownerM = members.find((m) => m.userId === owner.id)!.membershipId;
  const memberM = members.find((m) => m.userId === member.id)!.membershipId;
  // Cheaper than the owner, so handing the owner's steps to them is a finding.
  await api.member.update({ teamId, membershipId: memberM, hourlyCost: 20 });
  const pending = await api.invitation.create({
    teamId,
    email: `pending-${homes}@home.example`,
    role: 'admin',
  });
  const system = await api.system.create({ teamId, name: 'Operations' });
  const sub = await api.system.create({ teamId, name: 'Billing', parentId: system.id });
  const other = await api.process.create({
    teamId,
    systemId: system.id,
    name: 'Escalations',
    frequency: { period: 'on_demand', runsPerYear: 12 },
  });
  const proc = await api.process.create({
    teamId,
    systemId: sub.id,
    name: 'Invoices',
    purpose: 'Get paid',
    frequency: { period: 'week', count: 3 },
    ownerMembershipId: ownerM,
    status: 'active',
  });
  const step = (title: string, extra: Partial<StepFieldsInput>) =>
    api.step.create({ teamId, processId: proc.id, title, minutes: 30, ...extra });
  const a = await step('Reconcile receipts', {
    performerMembershipId: memberM,
    details: '1. Open the *ledger*\n\n    indented <b>html</b>',
    tools: ['Spreadsheet'],
    whatIfs: [{ condition: 'A receipt is missing', action: 'Ask', linkedProcessId: other.id }],
  });
  const b = await step('File paperwork', { performerMembershipId: ownerM, value: 'none' });
  const c = await step('Chase payments', { performerMembershipId: memberM });
  const d = await step('Send reminders', { performerMembershipId: memberM, ruleBased: true });
  const e = await step('Print copies', { performerMembershipId: ownerM, value: 'none' });
  await api.review.decide({ teamId, stepId: e.id, action: 'remove', status: 'accepted' });
  const waiting = await api.assignment.create({
    teamId,
    stepId: c.id,
    kind: 'delegate',
    assigneeMembershipId: ownerM,
    note: 'Please',
  });
  const accepted = await api.assignment.create({
    teamId,
    stepId: d.id,
    kind: 'automate',
    assigneeMembershipId: ownerM,
    dueDate: '2030-01-31',
  });
  await api.assignment.accept({ teamId, assignmentId: accepted.id });
  return {
    name,
    refs: {
      'home.team': teamId,
      'home.slug': team.slug,
      'home.owner': owner.id,
      'home.ownerMembership': ownerM,
      'home.member': member.id,
      'home.memberMembership': memberM,
      'home.invitation': pending.id,
      'home.token': tokenOf(pending.link),
      'home.system': system.id,
      'home.subSystem': sub.id,
      'home.process': proc.id,
      'home.otherProcess': other.id,
      'home.stepA': a.id,
      'home.stepB': b.id,
      'home.stepC': c.id,
      'home.stepD': d.id,
      'home.stepE': e.id,
      'home.waitingAssignment': waiting.id,
      'home.acceptedAssignment': accepted.id,
    },
  };
}

/** A new home team, and the old one deleted (through the router), so the dumps stay small. */
async function rebuildHome() {
  const old = home;
  home = await buildHome();
  if (old) {
    const teamId = old.refs['home.team']!;
    // Its name now: team.updateSettings may have renamed it.
    const [named] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId));
    await ownerApi()
      .team.delete({ teamId, confirmName: named?.name ?? old.name })
      // Already gone when what consumed it was team.delete itself.
      .catch((err: unknown) => {
        if (!(err instanceof TRPCError && err.code === 'NOT_FOUND')) throw err;
      });
  }
}

beforeAll(async () => {
  owner = { ...(await signedUpUser(db, 'Olivia Owner')), sessionVersion: 0 };
  member = await signedUpUser(db, 'Milo Member');
  // Another team with data of every kind: its ids are the "other team's records" of the fuzz.
  const { victim, victimMember, system, process, step, handOff } = await victimTeamWithData(
    db,
    'Victim Co',
  );
  const api = victim.owner.api;
  const teamId = victim.team.id;
  // Sent to someone else: the owner holding its link is refused (FORBIDDEN), never let in.
  const invite = await api.invitation.create({
    teamId,
    email: 'pending@victim.example',
    role: 'admin',
  });
  victimRefs = {
    'victim.team': teamId,
    'victim.slug': victim.team.slug,
    'victim.owner': victim.owner.id,
    'victim.ownerMembership': victim.owner.membershipId,
    'victim.memberMembership': victimMember.membershipId,
    'victim.system': system.id,
    'victim.process': process.id,
    'victim.step': step.id,
    'victim.assignment': handOff.id,
    'victim.invitation': invite.id,
    'victim.token': tokenOf(invite.link),
  };
}, 60_000);

const ID_KEYS = [
  'home.team',
  'home.owner',
  'home.ownerMembership',
  'home.member',
  'home.memberMembership',
  'home.invitation',
  'home.system',
  'home.subSystem',
  'home.process',
  'home.otherProcess',
  'home.stepA',
  'home.stepB',
  'home.stepE',
  'home.waitingAssignment',
  'home.acceptedAssignment',
  'victim.team',
  'victim.ownerMembership',
  'victim.memberMembership',
  'victim.system',
  'victim.process',
  'victim.step',
  'victim.assignment',
  'victim.invitation',
];

/** The values read when the call is made: versions for optimistic locking, fresh addresses. */
async function refsNow(): Promise<Record<string, unknown>> {
  const refs = home!.refs;
  const [p] = await db
    .select({ version: processes.version })
    .from(processes)
    .where(eq(processes.id, refs['home.process']!));
  const [s] = await db
    .select({ version: steps.version })
    .from(steps)
    .where(eq(steps.id, refs['home.stepA']!));
  fresh += 1;
  return {
    ...victimRefs,
    ...refs,
    'now.processVersion': p?.version ?? 1,
    'now.stepVersion': s?.version ?? 1,
    // A new address and password each call, so sign-up and inviting reach their writes.
    'now.email': `fuzz-${fresh}@example.com`,
    'now.password': `a new fuzz password ${fresh}`,
    'now.currentPassword': owner.password,
  };
}

// ---------- valid inputs ----------

/** A small valid import file: systems, a process, steps with a what-if and a performer. */
const IMPORT_FILE = {
  format: 'opslens',
  version: 1,
  systems: [
    {
      name: 'Imported',
      description: 'From a file',
      processes: [
        {
          name: 'Imported process',
          frequency: { period: 'month', count: 2 },
          steps: [
            { title: 'First', minutes: 10, performer: 'nobody@example.com', tools: ['Mail'] },
            {
              title: 'Second',
              minutes: 5,
              value: 'none',
              whatIfs: [{ condition: 'Late', action: 'Call', linkedProcess: 'Imported process' }],
            },
          ],
        },
      ],
      systems: [{ name: 'Imported child' }],
    },
  ],
};

/** Every key's value in a valid input, by name (as in the tenancy sweep), ids by reference. */
const SAMPLES: Record<string, unknown> = {
  teamId: ref('home.team'),
  slug: ref('home.slug'),
  membershipId: ref('home.memberMembership'),
  invitationId: ref('home.invitation'),
  // Sent to another address: the owner is refused by construction (joining it would make the
  // victim team the owner's own, and its ids would no longer be another team's).
  token: ref('victim.token'),
  email: ref('now.email'),
  name: 'Fuzzed Name',
  password: 'a long fuzz password',
  currentPassword: ref('now.currentPassword'),
  newPassword: ref('now.password'),
  role: 'admin',
  currency: 'EUR',
  systemId: ref('home.system'),
  parentId: ref('home.system'),
  processId: ref('home.process'),
  stepId: ref('home.stepA'),
  afterStepId: ref('home.stepA'),
  version: 1,
  q: 'fuzz',
  title: 'Fuzzed step',
  details: 'Some *markdown*',
  tools: ['Spreadsheet'],
  whatIfs: [
    { condition: 'It rains', action: 'Stay in', linkedProcessId: ref('home.otherProcess') },
  ],
  performerMembershipId: ref('home.memberMembership'),
  ownerMembershipId: ref('home.ownerMembership'),
  assigneeMembershipId: ref('home.ownerMembership'),
  hourlyCost: 40,
  weeklyCapacityHours: 30,
  assignmentId: ref('home.waitingAssignment'),
  reason: 'Fuzzed reason',
  note: 'Fuzzed note',
  dueDate: '2030-01-31',
  // Never the team's name: deleting the fuzz's own team for real is team-delete.test.ts's job.
  confirmName: 'Not the name of the team',
  text: new JsonText(IMPORT_FILE),
  parentSystemId: ref('home.system'),
  templateIds: ['client-intake'],
  ids: [ref('home.memberMembership')],
  within: ref('home.system'),
  exclude: ref('home.subSystem'),
  excludeId: ref('home.otherProcess'),
  performer: ref('home.memberMembership'),
  limit: 10,
  before: { createdAt: new Date('2030-01-01T00:00:00Z'), id: ref('home.stepA') },
};

/** Where a procedure's valid input needs other records than the shared samples name. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  // A "remove" finding: accepting it archives the step.
  'review.decide': { stepId: ref('home.stepB') },
  // The step an accepted "remove" archived.
  'review.reopen': { stepId: ref('home.stepE') },
  'review.restoreStep': { stepId: ref('home.stepE') },
  'assignment.complete': { assignmentId: ref('home.acceptedAssignment') },
  'process.update': { version: ref('now.processVersion') },
  'step.update': { version: ref('now.stepVersion') },
  // Every live step of the process, reversed.
  'step.reorder': {
    orderedIds: ['home.stepD', 'home.stepC', 'home.stepB', 'home.stepA'].map(ref),
  },
  'system.update': { systemId: ref('home.subSystem') },
  'system.setArchived': { systemId: ref('home.subSystem') },
  'system.move': { systemId: ref('home.subSystem'), parentId: ref('home.system') },
  'system.reorder': { parentId: ref('home.system'), orderedIds: [ref('home.subSystem')] },
  'system.search': { ids: [ref('home.system')] },
  'process.search': { ids: [ref('home.process')] },
};

/**
 * Successes that use up what the next run needs (the step deleted, the assignment accepted, the
 * verdict given…): the home team is rebuilt after each, so every run starts from the full team.
 * team.delete and member.leave are here as a safety net only: by construction they never
 * succeed (the confirm name is never the team's; the owner is its only owner). team.resetDemo
 * never succeeds either (the home team is not the demo); team-reset-demo.test.ts resets one.
 */
const CONSUMING = new Set([
  'assignment.create',
  'assignment.accept',
  'assignment.decline',
  'assignment.complete',
  'invitation.revoke',
  'member.remove',
  'member.update',
  'member.leave',
  'review.decide',
  'review.reopen',
  'review.restoreStep',
  'step.delete',
  'system.setArchived',
  'team.delete',
]);

/**
 * Counters a refused call may still write, on purpose: a limited procedure counts the attempt
 * before its input is checked (server/trpc/rate-limit.ts), and a wrong current password counts
 * against the lockout (server/routers/user.ts). They are emptied before each run of those
 * procedures, so the fuzz gets past the limit to the work; server/routers/limits.test.ts and
 * user.test.ts test the limits themselves.
 */
const COUNTERS: Record<string, { table: string; clear: () => Promise<unknown> }> = {};
const rateCounted = {
  table: 'rate_limits',
  clear: () => withTransaction(db, (tx) => tx.delete(rateLimits)),
};
for (const path of [
  'report.get',
  'report.findings',
  'report.export',
  'transfer.export',
  'transfer.import',
  'onboarding.applyTemplates',
  'team.resetDemo',
])
  COUNTERS[path] = rateCounted;
COUNTERS['user.changePassword'] = {
  table: 'sign_in_throttles',
  clear: () => withTransaction(db, (tx) => tx.delete(signInThrottles)),
};

// ---------- input generators ----------

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
};

/** Every property name of a procedure's input schemas, with the enum values it allows. */
function schemaKeys(schemas: readonly unknown[]) {
  const keys = new Set<string>();
  const enums = new Map<string, unknown[]>();
  const walk = (json: JsonSchema, top: boolean) => {
    for (const [key, prop] of Object.entries(json.properties ?? {})) {
      if (top) keys.add(key);
      const values = [prop, ...(prop.anyOf ?? []), ...(prop.oneOf ?? [])].flatMap((p) =>
        p.enum ? p.enum : p.const !== undefined ? [p.const] : [],
      );
      if (values.length) enums.set(key, [...(enums.get(key) ?? []), ...values]);
      walk(prop, false);
      for (const p of [...(prop.anyOf ?? []), ...(prop.oneOf ?? [])]) walk(p, false);
      if (prop.items) walk(prop.items, false);
    }
  };
  for (const schema of schemas) {
    walk(
      z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
      true,
    );
  }
  return { keys: [...keys], enums };
}

type Path = (string | number)[];

/** Every place in a value: its keys and items, and theirs, down to the leaves. */
function placesIn(value: unknown, at: Path = []): Path[] {
  if (value instanceof JsonText) return [];
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null && !(value instanceof Ref)
      ? Object.entries(value)
      : [];
  return children.flatMap(([k, v]) => [[...at, k], ...placesIn(v, [...at, k])]);
}

const MISSING = Symbol('missing');

/** A copy of `value` with the place at `path` set (or removed, for MISSING). */
function setAt(value: unknown, path: Path, to: unknown): unknown {
  if (path.length === 0) return to;
  const [key, ...rest] = path;
  const container = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string | number, unknown>) };
  const next = setAt((container as Record<string | number, unknown>)[key!], rest, to);
  if (next === MISSING && rest.length === 0) {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete (container as Record<string | number, unknown>)[key!];
  } else {
    Object.defineProperty(container, key!, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return container;
}

const ID_LIKE = /(Id|Ids)$|^(id|ids|within|exclude|performer|token|slug)$/;

/** Unknown, over-long, near-miss, wrong-kind and other team's ids. */
const idArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ID_KEYS).map(ref) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...ID_KEYS),
        fc.constantFrom<Ref['variant']>('upper', 'padded', 'nul', 'doubled'),
      )
      .map(([key, variant]) => new Ref(key, variant)),
  },
  { weight: 2, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'x'.repeat(64),
      'x'.repeat(65),
      new Big('x', 10_000),
      '',
      ' ',
      '0',
      '-1',
      "' OR '1'='1",
      '%',
      '00000000-0000-0000-0000-000000000000',
    ),
  },
);

const idListArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(idArb, { maxLength: 5 }),
  fc.constantFrom(...ID_KEYS).map((k) => [ref(k), ref(k)]),
  fc.constantFrom(
    new Many(ref('home.stepA'), 501),
    new Many(ref('home.system'), 1_001),
    new Many(ref('home.memberMembership'), 21),
    [],
  ),
);

/** A valid import file with one place in it replaced, serialized. */
const importTextArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...placesIn(IMPORT_FILE)), hostileJson)
  .map(([path, v]) => new JsonText(setAt(IMPORT_FILE, path, v)));

/** What to put in the place at `path`: hostile values, weighted by what the place holds. */
function replacementFor(path: Path, valid: unknown, enums: Map<string, unknown[]>) {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const options: fc.WeightedArbitrary<unknown>[] = [{ weight: 3, arbitrary: hostileValue }];
  if (typeof valid === 'string' || valid instanceof JsonText)
    options.push({ weight: 3, arbitrary: hostileString });
  if (typeof valid === 'number') options.push({ weight: 3, arbitrary: hostileNumber });
  if (ID_LIKE.test(key) && typeof path.at(-1) === 'string') {
    options.push({ weight: 5, arbitrary: Array.isArray(valid) ? idListArb : idArb });
  }
  if (ID_LIKE.test(key) && typeof path.at(-1) === 'number')
    options.push({ weight: 5, arbitrary: idArb });
  const allowed = enums.get(key);
  if (allowed?.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...allowed) });
  // The file is where an import's deep code paths are: fuzzed inside, mostly.
  if (key === 'text') options.push({ weight: 12, arbitrary: importTextArb });
  options.push({ weight: 1, arbitrary: fc.constant(MISSING) });
  return fc.oneof(...options);
}

type Recipe = { how: string; input: unknown };

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
    value,
  );
}

/** The inputs to call a procedure with; mutations of its valid input weigh the most. */
function recipes(valid: unknown, schemas: readonly unknown[]): fc.Arbitrary<Recipe> {
  const { keys, enums } = schemaKeys(schemas);
  const base = (valid ?? {}) as Record<string, unknown>;
  // Optional keys the valid input leaves out are places too (set: one more field given).
  const places = [...placesIn(valid), ...keys.filter((k) => !(k in base)).map((k): Path => [k])];
  const one = (path: Path) =>
    replacementFor(path, valueAt(valid, path), enums).map((to) => ({ path, to }));
  const mutation = (changes: { path: Path; to: unknown }[]): Recipe => ({
    how: changes
      .map(({ path, to }) => `${to === MISSING ? 'removed' : 'replaced'} ${path.join('.')}`)
      .join(', '),
    input: changes.reduce<unknown>((input, { path, to }) => setAt(input, path, to), valid),
  });
  const extraKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'id', 'userId', 'role', 'isOwner', 'ctx', 'admin'),
    fc.string({ maxLength: 10 }),
  );
  const options: fc.WeightedArbitrary<Recipe>[] = [
    {
      weight: 1,
      arbitrary: fc.constant({ how: 'the valid input', input: valid }),
    },
    {
      weight: 2,
      arbitrary: hostileValue.map((input) => ({ how: 'no object at all', input })),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(extraKey, hostileValue, { minKeys: 1, maxKeys: 3 }).map((extra) => ({
        how: `extra fields ${Object.keys(extra).join(', ')}`,
        input: { ...extra, ...base },
      })),
    },
  ];
  // The team check stands before everything else: a wrong teamId is tried, but seldom, so most
  // runs get past it to the fields the procedure itself reads.
  const deep = places.filter((p) => p.join('.') !== 'teamId');
  if (places.length > 0) {
    options.push({
      weight: 12,
      arbitrary: fc
        .oneof(
          ...places.map((p) => ({ weight: deep.includes(p) ? 6 : 1, arbitrary: fc.constant(p) })),
        )
        .chain(one)
        .map((c) => mutation([c])),
    });
  }
  if (deep.length > 1) {
    options.push({
      weight: 3,
      arbitrary: fc
        .uniqueArray(fc.constantFrom(...deep), {
          minLength: 2,
          maxLength: Math.min(4, deep.length),
        })
        .chain((paths) => fc.tuple(...paths.map(one)))
        .map(mutation),
    });
  }
  if (keys.length > 0) {
    options.push(
      {
        weight: 1,
        arbitrary: fc
          .subarray(keys, { minLength: 1 })
          .map((gone) => mutation(gone.map((k) => ({ path: [k], to: MISSING })))),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(...keys.map(() => hostileValue)).map((values) => ({
          how: 'every field hostile',
          input: Object.fromEntries(keys.map((k, i) => [k, values[i]])),
        })),
      },
    );
  }
  return fc.oneof(...options);
}

// ---------- calling, and checking ----------

async function call(path: string, input: unknown) {
  const fn = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], ownerApi());
  try {
    let value = await (fn as (i: unknown) => Promise<unknown>)(input);
    // Streamed answers (the downloads) fail while streaming: read them to the end.
    if (value && typeof value === 'object' && Symbol.asyncIterator in value) {
      const chunks: unknown[] = [];
      for await (const chunk of value as AsyncIterable<unknown>) chunks.push(chunk);
      value = chunks;
    }
    return { ok: true as const, value };
  } catch (error) {
    return { ok: false as const, error };
  }
}

/** The tables whose rows differ between two dumps. */
function changedTables(before: string, after: string): string[] {
  const a = new Map(JSON.parse(before) as [string, unknown][]);
  const b = new Map(JSON.parse(after) as [string, unknown][]);
  return [...new Set([...a.keys(), ...b.keys()])].filter(
    (t) => JSON.stringify(a.get(t)) !== JSON.stringify(b.get(t)),
  );
}

function describeError(error: unknown): string {
  const lines = [String(error)];
  for (let e = error, depth = 0; e instanceof Error && depth < 4; depth++) {
    lines.push(e.stack?.split('\n').slice(0, 8).join('\n') ?? '');
    e = e.cause;
  }
  return lines.join('\ncaused by: ');
}

/** With FUZZ_STATS set: how each procedure's calls ended, to see the fuzz reach past validation. */
const outcomes = new Map<string, Map<string, number>>();
function tally(path: string, outcome: string) {
  if (!process.env.FUZZ_STATS) return;
  const counts = outcomes.get(path) ?? new Map<string, number>();
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  outcomes.set(path, counts);
}

/** Runs one drawn input; throws, with everything needed to reproduce it, when a rule breaks. */
async function check(path: string, recipe: Recipe) {
  await COUNTERS[path]?.clear();
  const input = resolve(recipe.input, await refsNow());
  const before = await dumpTables(engine);
  const result = await call(path, input);
  const fail = (problem: string): never => {
    throw new Error(
      `${path} (${recipe.how}): ${problem}\n  input: ${brief(input)}` +
        (result.ok ? '' : `\n  error: ${describeError(result.error)}`),
    );
  };
  tally(
    path,
    result.ok
      ? 'ok'
      : result.error instanceof TRPCError
        ? `${result.error.code}${result.error.cause instanceof z.ZodError ? ' (input)' : ''}`
        : 'other',
  );
  if (result.ok) {
    if (path === 'user.changePassword') {
      // The owner's sessions ended and the password is the new one: carry on as they would.
      const [row] = await db
        .select({ v: users.sessionVersion })
        .from(users)
        .where(eq(users.id, owner.id));
      owner = {
        ...owner,
        sessionVersion: row!.v,
        password: (input as { newPassword: string }).newPassword,
      };
    }
    if (CONSUMING.has(path)) await rebuildHome();
    return;
  }
  const { error } = result;
  if (!(error instanceof TRPCError)) fail('threw something that is not a TRPCError');
  const status = getHTTPStatusCodeFromError(error as TRPCError);
  if (status < 400 || status >= 500) fail(`refused with ${(error as TRPCError).code} (${status})`);
  // What the client receives must be formed without error, and in words, not a driver's.
  const shape = errorShapeOf(error as TRPCError);
  if (!shape.message || /SQLITE_|Failed query|syntax error at or near/i.test(shape.message))
    fail(`refused with the message ${JSON.stringify(shape.message)}`);
  const counter = COUNTERS[path]?.table;
  const changed = changedTables(before, await dumpTables(engine)).filter((t) => t !== counter);
  if (changed.length > 0) fail(`refused, yet it changed ${changed.join(', ')}`);
}

/** A seed of each procedure's own, so adding a procedure leaves the others' runs as they were. */
function seedOf(path: string): number {
  let hash = 2166136261;
  for (const ch of path) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return (hash ^ BASE_SEED) | 0;
}

afterAll(() => {
  for (const [path, counts] of outcomes)
    console.log(`${path}: ${[...counts].map(([o, n]) => `${o} ${n}`).join(', ')}`);
});

describe('every procedure, fuzzed', () => {
  it('has procedures to fuzz', () => {
    expect(procedures.length).toBeGreaterThan(15);
  });

  it.each(procedures)(
    '%s',
    async (path, proc) => {
      if (!home) await rebuildHome();
      const valid = sampleInput(path, proc._def.inputs, { ...SAMPLES, ...OVERRIDES[path] });
      const seed = seedOf(path);
      try {
        await fc.assert(
          fc.asyncProperty(recipes(valid, proc._def.inputs), (recipe) => check(path, recipe)),
          { seed, numRuns: RUNS },
        );
      } catch (err) {
        const { message, cause } = err as Error;
        throw new Error(`${path}, fuzzed with seed ${seed}:\n${message}\n${String(cause ?? '')}`);
      } finally {
        // The next procedure starts from a whole team, whatever this one's successes changed.
        await rebuildHome();
      }
    },
    120_000,
  );
});
