import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { callerFor, signedUpUser } from '@/test/caller';
import { expectTRPCError } from '@/test/trpc-error';
import { findMembership, slugify } from '@/server/queries/teams';

const db = createTestDb();

describe('team.create', () => {
  it('creates the team with the caller as owner and a slug from its name', async () => {
    const owner = await signedUpUser(db);
    const team = await owner.api.team.create({ name: '  Café Böhm & Sons ' });
    expect(team.slug).toBe('cafe-bohm-sons');
    const m = await findMembership(db, { teamId: team.id, userId: owner.id });
    expect(m?.membership.role).toBe('owner');
    expect(m?.team.name).toBe('Café Böhm & Sons');
    // Defaults from the design.
    expect(m?.team).toMatchObject({
      currency: 'USD',
      workingDaysPerWeek: 5,
      weeksPerYear: 48,
      horizonYears: 5,
      defaultAutomationEffortHours: 8,
      minHoursPerYear: 4,
    });
    expect(await owner.api.team.mine()).toEqual([
      { id: team.id, name: 'Café Böhm & Sons', slug: 'cafe-bohm-sons', role: 'owner' },
    ]);
  });

  it('keeps slugs unique by numbering later teams of the same name', async () => {
    const a = await signedUpUser(db);
    const b = await signedUpUser(db);
    const first = await a.api.team.create({ name: 'Acme' });
    const second = await b.api.team.create({ name: 'ACME!' });
    const third = await b.api.team.create({ name: 'acme' });
    expect([first.slug, second.slug, third.slug]).toEqual(['acme', 'acme-2', 'acme-3']);
  });

  it('refuses a too-short name on the name field', async () => {
    const u = await signedUpUser(db);
    const err = await expectTRPCError(u.api.team.create({ name: ' x ' }), 'BAD_REQUEST');
    expect(JSON.stringify(err.cause)).toContain('at least 2 characters');
    expect(await u.api.team.mine()).toEqual([]);
  });

  it('requires sign-in', async () => {
    await expectTRPCError(callerFor(db).team.create({ name: 'Nope' }), 'UNAUTHORIZED');
  });
});

describe('team-scoped access', () => {
  it('answers NOT_FOUND, not FORBIDDEN, for a team the caller is not in', async () => {
    const owner = await signedUpUser(db);
    const outsider = await signedUpUser(db);
    const team = await owner.api.team.create({ name: 'Private Co' });
    await expectTRPCError(outsider.api.team.home({ teamId: team.id }), 'NOT_FOUND');
    await expectTRPCError(outsider.api.team.bySlug({ slug: team.slug }), 'NOT_FOUND');
    await expectTRPCError(callerFor(db).team.home({ teamId: team.id }), 'UNAUTHORIZED');
    const home = await owner.api.team.home({ teamId: team.id });
    expect(home.team.name).toBe('Private Co');
  });

  it('refuses a session whose user no longer exists', async () => {
    await expectTRPCError(callerFor(db, 'deleted-user-id').team.mine(), 'UNAUTHORIZED');
  });
});

describe('slugify', () => {
  it('makes URL-safe slugs and never an empty one', () => {
    expect(slugify('Hello,   World!!')).toBe('hello-world');
    expect(slugify('日本')).toBe('team');
    expect(slugify('a'.repeat(60))).toHaveLength(40);
  });
});
