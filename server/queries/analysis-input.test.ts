import { and, eq } from 'drizzle-orm';
import { withTransaction } from '@/db/transaction';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, processes, systems } from '@/db/schema';
import { importIntoTeam } from '@/server/transfer/import';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { loadAnalysisInput } from './analysis-input';

const db = createTestDb();

const proc = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  frequency: { period: 'month', count: 2 },
  steps: [{ title: `${name} 1`, minutes: 10 }],
  ...extra,
});

let fixture: Awaited<ReturnType<typeof teamWithOwner>>;
let samMembershipId: string;

beforeAll(async () => {
  fixture = await teamWithOwner(db, 'Input Co');
  const sam = await fixture.addMember('member', 'Sam');
  samMembershipId = sam.membershipId;
  await withTransaction(db, (tx) =>
    tx
      .update(memberships)
      .set({ hourlyCost: 22, weeklyCapacityHours: 10 })
      .where(eq(memberships.id, sam.membershipId)),
  );
  const file = {
    format: 'opslens',
    version: 1,
    systems: [
      {
        name: 'Live',
        processes: [
          proc('Active', {
            frequency: { period: 'on_demand', runsPerYear: 7 },
            steps: [
              { title: 'First', minutes: 5, performer: sam.email, ruleBased: true },
              { title: 'Second', minutes: 0, probability: 40, value: 'none', kind: 'decision' },
            ],
          }),
          proc('Draft', { status: 'draft' }),
          proc('Archived', { status: 'archived' }),
        ],
        systems: [
          {
            name: 'Shelved',
            processes: [proc('Under shelved')],
            systems: [{ name: 'Below shelved', processes: [proc('Deep under shelved')] }],
          },
        ],
      },
    ],
  };
  const result = await importIntoTeam(db, {
    teamId: fixture.team.id,
    actorUserId: fixture.owner.id,
    file,
  });
  expect(result.ok).toBe(true);
  await withTransaction(db, (tx) =>
    tx
      .update(systems)
      .set({ archivedAt: new Date() })
      .where(and(eq(systems.teamId, fixture.team.id), eq(systems.name, 'Shelved'))),
  );
  // Another team's data must never leak in.
  const other = await teamWithOwner(db, 'Other Co');
  await importIntoTeam(db, { teamId: other.team.id, actorUserId: other.owner.id, file });
});

describe('loadAnalysisInput', () => {
  it("reads the team's settings, members, live systems and live processes with their steps", async () => {
    const input = await loadAnalysisInput(db, { teamId: fixture.team.id });
    expect(input.settings).toEqual({
      currency: 'USD',
      defaultHourlyCost: 50,
      workingDaysPerWeek: 5,
      weeksPerYear: 48,
      horizonYears: 5,
      defaultAutomationEffortHours: 8,
      minHoursPerYear: 4,
    });
    expect(input.members).toEqual(
      expect.arrayContaining([
        {
          membershipId: fixture.owner.membershipId,
          name: 'Olivia Owner',
          hourlyCost: null,
          weeklyCapacityHours: 0,
          committedHoursPerWeek: 0,
        },
        {
          membershipId: samMembershipId,
          name: 'Sam',
          hourlyCost: 22,
          weeklyCapacityHours: 10,
          committedHoursPerWeek: 0,
        },
      ]),
    );
    expect(input.members).toHaveLength(2);

    // Shelved is archived, which hides the system below it too.
    expect(input.systems.map((s) => s.name)).toEqual(['Live']);
    const live = input.systems[0]!;
    expect(live.parentId).toBeNull();
    expect(input.processes.map((p) => p.name).sort()).toEqual(['Active', 'Draft']);

    const active = input.processes.find((p) => p.name === 'Active')!;
    expect(active.systemId).toBe(live.id);
    expect(active.frequency).toEqual({ period: 'on_demand', runsPerYear: 7 });
    expect(active.steps).toEqual([
      {
        id: expect.any(String),
        position: 0,
        title: 'First',
        kind: 'action',
        performerId: samMembershipId,
        minutes: 5,
        waitMinutes: null,
        probability: 100,
        value: 'unknown',
        ruleBased: true,
        needsJudgment: false,
        automationEffortHours: null,
      },
      expect.objectContaining({ position: 1, title: 'Second', kind: 'decision', value: 'none' }),
    ]);
    const draft = input.processes.find((p) => p.name === 'Draft')!;
    expect(draft.frequency).toEqual({ period: 'month', count: 2 });
  });

  it('answers NOT_FOUND for a team that does not exist', async () => {
    await expect(loadAnalysisInput(db, { teamId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('ignores processes whose system is gone from the live tree', async () => {
    const rows = await db
      .select({ name: processes.name })
      .from(processes)
      .where(eq(processes.teamId, fixture.team.id));
    expect(rows).toHaveLength(5);
    const input = await loadAnalysisInput(db, { teamId: fixture.team.id });
    expect(input.processes).toHaveLength(2);
  });
});
