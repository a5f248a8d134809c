/**
 * Tenancy, proven: every procedure of the app router — found by walking the router, not from a
 * hand-kept list — is called with input naming another team's data, as a signed-out visitor, as
 * a signed-in member of another team, (for admin and owner procedures) as a plain member and
 * (for owner procedures) as an admin. Each must be refused, and the database must not change. A
 * procedure added later without the right builder, or with a new input nobody thought of, makes
 * this file fail.
 */
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '@/server/routers/_app';
import type { Access, ProcedureMeta } from '@/server/trpc/init';
import { callerFor, signedUpUser } from '@/test/caller';
import { createTestDatabase } from '@/test/db';
import { dumpTables } from '@/test/table-dump';
import { sampleInput } from '@/test/sample-input';
import { teamWithOwner } from '@/test/team-fixture';
import { victimTeamWithData } from '@/test/victim-team';

const { db, engine } = createTestDatabase();

type AnyProcedure = {
  _def: { type: 'query' | 'mutation' | 'subscription'; meta?: ProcedureMeta; inputs: unknown[] };
};
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);

// Public on purpose: creating an account, and the invitation page (its token is the credential).
const PUBLIC = new Set(['auth.signUp', 'invitation.preview']);

const VICTIM_MARKER = 'Victim Secret Holdings';
let SAMPLES: Record<string, unknown>;
let SECRETS: string[] = [];

/** The victim's ids, names and emails found in a response (none, for a sound procedure). */
function leaked(value: unknown): string[] {
  const text = JSON.stringify(value ?? null);
  return SECRETS.filter((s) => text.includes(s));
}
let victim: Awaited<ReturnType<typeof teamWithOwner>>;
let victimMember: Awaited<ReturnType<Awaited<ReturnType<typeof teamWithOwner>>['addMember']>>;
let victimAdmin: typeof victimMember;
let outsider: Awaited<ReturnType<typeof signedUpUser>>;
let outsiderTeamId: string;

beforeAll(async () => {
  const data = await victimTeamWithData(db, VICTIM_MARKER);
  ({ victim, victimMember } = data);
  const { system, process, step, handOff } = data;
  victimAdmin = await victim.addMember('admin', 'Victoria Admin');
  const invite = await victim.owner.api.invitation.create({
    teamId: victim.team.id,
    email: 'pending@victim.example',
    role: 'admin',
  });
  // Everything that identifies the victim's data: no response to an outsider may hold any of it.
  SECRETS = [
    VICTIM_MARKER,
    'Victor Member',
    victim.team.id,
    victim.team.slug,
    victim.owner.id,
    victim.owner.email,
    victim.owner.membershipId,
    victimMember.id,
    victimMember.email,
    victimMember.membershipId,
    invite.id,
    system.id,
    process.id,
    step.id,
    handOff.id,
  ];
  outsider = await signedUpUser(db, 'Oscar Outsider');
  outsiderTeamId = (await outsider.api.team.create({ name: 'Outsider Co' })).id;

  SAMPLES = {
    teamId: victim.team.id,
    slug: victim.team.slug,
    membershipId: victimMember.membershipId,
    invitationId: invite.id,
    token: invite.link.split('/invite/')[1],
    email: 'sweep@example.com',
    name: 'Swept Name',
    password: 'a long sweep password',
    // The outsider's own, so user.changePassword runs to its write (on the caller's account only).
    currentPassword: outsider.password,
    newPassword: 'a new sweep password',
    role: 'owner',
    currency: 'EUR',
    systemId: system.id,
    parentId: system.id,
    processId: process.id,
    stepId: step.id,
    afterStepId: step.id,
    orderedIds: [step.id],
    version: 1,
    q: 'victim',
    title: 'Swept title',
    assigneeMembershipId: victimMember.membershipId,
    assignmentId: handOff.id,
    reason: 'Swept reason',
    // The victim team's exact name: only the owner check stands between a caller and deletion.
    confirmName: VICTIM_MARKER,
    text: JSON.stringify({ format: 'opslens', version: 1, systems: [{ name: 'Swept in' }] }),
    // A real template, so the caller's-own-team sweep really applies it (into the outsider's team).
    templateIds: ['client-intake'],
  };
});

/** Every row of every table, to prove a refused call wrote nothing. */
const snapshot = () => dumpTables(engine);

/** The victim team's rows only: what an outsider's own legitimate actions must never touch. */
const victimSnapshot = () => dumpTables(engine, { teamId: victim.team.id });

async function call(api: ReturnType<typeof callerFor>, path: string, input: unknown) {
  const fn = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api);
  try {
    return { ok: true as const, value: await (fn as (i: unknown) => Promise<unknown>)(input) };
  } catch (error) {
    return { ok: false as const, error };
  }
}

function codeOf(result: Awaited<ReturnType<typeof call>>): string {
  if (result.ok) return 'succeeded';
  return result.error instanceof TRPCError ? result.error.code : String(result.error);
}

describe('the router', () => {
  it('has procedures to sweep, each declaring who may call it', () => {
    expect(procedures.length).toBeGreaterThan(15);
    const levels: Access[] = ['public', 'user', 'team', 'admin', 'owner'];
    for (const [path, proc] of procedures) {
      expect(levels, `${path} declares no access level`).toContain(proc._def.meta?.access);
      if (proc._def.meta?.access === 'public') expect(PUBLIC, `${path} is public`).toContain(path);
    }
  });
});

describe.each(procedures.filter(([path]) => !PUBLIC.has(path)))('%s', (path, proc) => {
  const access = proc._def.meta?.access;
  const input = () => sampleInput(path, proc._def.inputs, SAMPLES);

  it('refuses a signed-out visitor and writes nothing', async () => {
    const before = await snapshot();
    const result = await call(callerFor(db), path, input());
    expect(codeOf(result)).toBe('UNAUTHORIZED');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a member of another team, revealing and changing nothing of the victim team', async () => {
    const before = await snapshot();
    const beforeVictim = await victimSnapshot();
    const result = await call(outsider.api, path, input());
    if (access === 'team' || access === 'admin' || access === 'owner') {
      // Not "forbidden": the victim team's existence is not revealed.
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(await snapshot()).toBe(before);
    } else {
      // User-level procedures act on the caller's own account; they must not reach the victim's data.
      if (result.ok) expect(leaked(result.value)).toEqual([]);
      expect(await victimSnapshot()).toBe(beforeVictim);
    }
  });

  if (access === 'team' || access === 'admin' || access === 'owner') {
    // The team check passes here (it is the caller's own team): only the query functions' own
    // team filters stand between the caller and the victim's records named in the input.
    it('never reaches the victim’s records through the caller’s own team', async () => {
      const beforeVictim = await victimSnapshot();
      const result = await call(outsider.api, path, { ...input(), teamId: outsiderTeamId });
      if (result.ok) expect(leaked(result.value)).toEqual([]);
      expect(await victimSnapshot()).toBe(beforeVictim);
    });
  }

  if (access === 'admin' || access === 'owner') {
    it('refuses a plain member of the team itself', async () => {
      const before = await snapshot();
      const result = await call(victimMember.api, path, input());
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await snapshot()).toBe(before);
    });
  }

  if (access === 'owner') {
    it('refuses an admin of the team itself', async () => {
      const before = await snapshot();
      const result = await call(victimAdmin.api, path, input());
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await snapshot()).toBe(before);
    });
  }
});
