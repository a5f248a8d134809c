import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

const valid = {
  name: 'Renamed Co',
  slug: 'renamed-co',
  currency: 'eur',
  defaultHourlyCost: 65,
  workingDaysPerWeek: 4,
  weeksPerYear: 46,
  horizonYears: 3,
  defaultAutomationEffortHours: 12,
  minHoursPerYear: 2,
};

describe('team settings', () => {
  it('starts from the design defaults and saves every field', async () => {
    const { owner, team } = await teamWithOwner(db, 'Settings Co');
    const before = await owner.api.team.settings({ teamId: team.id });
    expect(before).toEqual({
      canEdit: true,
      isOwner: true,
      isDemo: false,
      settings: {
        name: 'Settings Co',
        slug: 'settings-co',
        currency: 'USD',
        defaultHourlyCost: 50,
        workingDaysPerWeek: 5,
        weeksPerYear: 48,
        horizonYears: 5,
        defaultAutomationEffortHours: 8,
        minHoursPerYear: 4,
      },
    });
    expect(await owner.api.team.updateSettings({ teamId: team.id, ...valid })).toEqual({
      slug: 'renamed-co',
    });
    expect((await owner.api.team.settings({ teamId: team.id })).settings).toEqual({
      ...valid,
      currency: 'EUR',
    });
    const log = await owner.api.activity.list({ teamId: team.id });
    expect(log[0]!.kind).toBe('team.settings_changed');
    expect(log[0]!.summary).toContain('the analysis horizon from 5 to 3');
  });

  it('refuses bad values field by field and stores none of them', async () => {
    const { owner, team } = await teamWithOwner(db, 'Strict Co');
    const err = await expectTRPCError(
      owner.api.team.updateSettings({
        teamId: team.id,
        ...valid,
        slug: 'Bad Slug!',
        currency: 'XYZ1',
        workingDaysPerWeek: 8,
        weeksPerYear: 0,
        horizonYears: Number.NaN,
      }),
      'BAD_REQUEST',
    );
    const fields = [
      ...new Set(
        (err.cause as unknown as { issues: { path: string[] }[] }).issues.map((i) =>
          i.path.join('.'),
        ),
      ),
    ].sort();
    expect(fields).toEqual([
      'currency',
      'horizonYears',
      'slug',
      'weeksPerYear',
      'workingDaysPerWeek',
    ]);
    expect((await owner.api.team.settings({ teamId: team.id })).settings.name).toBe('Strict Co');
  });

  it('refuses a web address another team has', async () => {
    const a = await teamWithOwner(db, 'Alpha Team');
    const b = await teamWithOwner(db, 'Beta Team');
    const err = await expectTRPCError(
      b.owner.api.team.updateSettings({
        teamId: b.team.id,
        ...{ ...valid, slug: a.team.slug },
      }),
      'CONFLICT',
    );
    expect(err.message).toBe('That web address is taken. Try another.');
  });

  it('members read settings but cannot change them', async () => {
    const { team, addMember } = await teamWithOwner(db, 'Read Co');
    const member = await addMember('member');
    expect((await member.api.team.settings({ teamId: team.id })).canEdit).toBe(false);
    await expectTRPCError(
      member.api.team.updateSettings({ teamId: team.id, ...valid }),
      'FORBIDDEN',
    );
  });
});
