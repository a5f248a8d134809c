import { and, eq } from 'drizzle-orm';
import { withTransaction } from '@/db/transaction';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, systems } from '@/db/schema';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { exportTeam } from './export';
import type { OpslensFile, StepInFile } from './format';
import { importIntoTeam } from './import';

const db = createTestDb();

type Emails = { owner: string; sam: string; leo: string };

const step = (title: string, extra: Partial<StepInFile> = {}): StepInFile => ({
  title,
  kind: 'action',
  minutes: 10,
  probability: 100,
  value: 'unknown',
  ruleBased: false,
  needsJudgment: false,
  ...extra,
});

/** A file in exactly the form the exporter writes (defaults spelled out, empty fields left out). */
function richFile(e: Emails): OpslensFile {
  return {
    format: 'opslens',
    version: 1,
    systems: [
      {
        name: 'Operations',
        description: 'How the work gets done',
        owner: e.owner,
        processes: [
          {
            name: 'Plan the week',
            purpose: 'Everyone knows their priorities',
            trigger: 'Monday 9:00',
            owner: e.owner,
            frequency: { period: 'week', count: 1 },
            status: 'active',
            steps: [
              step('Review the pipeline', {
                details: '## Checklist\n\n- new leads\n- stalled deals',
                kind: 'decision',
                performer: e.owner,
                minutes: 30,
                value: 'customer',
                needsJudgment: true,
                tools: ['HubSpot', 'Notion'],
              }),
              step('Assign the tasks', {
                performer: e.sam,
                minutes: 15,
                waitMinutes: 60,
                probability: 80,
                value: 'required',
                ruleBased: true,
                automationEffortHours: 12,
                whatIfs: [
                  { condition: 'A deadline slips', action: 'Re-plan', linkedProcess: 'Deliver' },
                  {
                    condition: 'Quality drops',
                    action: 'Run the review',
                    linkedProcessRef: 'process-1',
                  },
                  { condition: 'Someone is ill', action: 'Move their tasks' },
                ],
              }),
            ],
          },
        ],
        systems: [
          {
            name: 'Delivery',
            owner: e.sam,
            processes: [
              {
                name: 'Deliver',
                frequency: { period: 'day', count: 0.5 },
                status: 'draft',
                steps: [step('Ship it', { kind: 'event', performer: e.leo, value: 'none' })],
              },
            ],
            systems: [
              {
                name: 'QA',
                processes: [
                  {
                    ref: 'process-1',
                    name: 'Weekly review',
                    frequency: { period: 'quarter', count: 3 },
                    status: 'active',
                    steps: [],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        name: 'Finance',
        processes: [
          {
            ref: 'process-2',
            name: 'Weekly review',
            frequency: { period: 'year', count: 52 },
            status: 'active',
            steps: [step('Look at cash', { minutes: 0 })],
          },
          {
            name: 'Chase invoice',
            frequency: { period: 'on_demand', runsPerYear: 0 },
            status: 'archived',
            steps: [
              step('Remind', {
                whatIfs: [
                  {
                    condition: 'Still unpaid',
                    action: 'Review finances',
                    linkedProcessRef: 'process-2',
                  },
                ],
              }),
            ],
          },
        ],
      },
    ],
  };
}

const withoutDate = ({ exportedAt: _exportedAt, ...rest }: OpslensFile) => rest;

type Fixture = Awaited<ReturnType<typeof teamWithOwner>>;
let alpha: Fixture;
let emails: Emails;
let betaId: string;

beforeAll(async () => {
  alpha = await teamWithOwner(db, 'Alpha');
  const sam = await alpha.addMember('member', 'Sam');
  const leo = await alpha.addMember('admin', 'Leo');
  emails = { owner: alpha.owner.email, sam: sam.email, leo: leo.email };
  const result = await importIntoTeam(db, {
    teamId: alpha.team.id,
    actorUserId: alpha.owner.id,
    file: richFile(emails),
  });
  expect(result.ok).toBe(true);

  // Beta: the same people, no data yet.
  betaId = (await alpha.owner.api.team.create({ name: 'Beta' })).id;
  await withTransaction(db, (tx) =>
    tx.insert(memberships).values([
      { teamId: betaId, userId: sam.id, role: 'member' },
      { teamId: betaId, userId: leo.id, role: 'member' },
    ]),
  );
});

async function systemNamed(teamId: string, name: string) {
  const [row] = await db
    .select()
    .from(systems)
    .where(and(eq(systems.teamId, teamId), eq(systems.name, name)));
  return row!;
}

describe('exportTeam', () => {
  it('writes the team in the import format: every field, people by email, links by name or ref', async () => {
    const now = new Date('2025-03-01T10:00:00.000Z');
    const exported = await exportTeam(db, { teamId: alpha.team.id, now });
    expect(exported.exportedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(withoutDate(exported)).toEqual(withoutDate(richFile(emails)));
  });

  it('round-trips: export → import into an empty team → export gives the same document', async () => {
    const first = await exportTeam(db, { teamId: alpha.team.id });
    const result = await importIntoTeam(db, {
      teamId: betaId,
      actorUserId: alpha.owner.id,
      file: JSON.parse(JSON.stringify(first)),
    });
    expect(result.ok && result.warnings).toEqual([]);
    const second = await exportTeam(db, { teamId: betaId });
    expect(withoutDate(second)).toEqual(withoutDate(first));
  });

  it('exports one system with its subtree only, dropping links that point outside it', async () => {
    const deliveryRow = await systemNamed(alpha.team.id, 'Delivery');
    const exported = await exportTeam(db, { teamId: alpha.team.id, systemId: deliveryRow.id });
    const delivery = richFile(emails).systems[0]!.systems![0]!;
    // Nothing inside Delivery links to QA's review, so it needs no ref here.
    delete delivery.systems![0]!.processes![0]!.ref;
    expect(exported.systems).toEqual([delivery]);

    // From Operations down, the link to Finance's review is gone but QA's is kept.
    const top = await systemNamed(alpha.team.id, 'Operations');
    const ops = await exportTeam(db, { teamId: alpha.team.id, systemId: top.id });
    const whatIfs = ops.systems[0]!.processes![0]!.steps[1]!.whatIfs!;
    expect(whatIfs).toEqual([
      { condition: 'A deadline slips', action: 'Re-plan', linkedProcess: 'Deliver' },
      // 'Weekly review' is unique within this subtree, so the link goes by name.
      { condition: 'Quality drops', action: 'Run the review', linkedProcess: 'Weekly review' },
      { condition: 'Someone is ill', action: 'Move their tasks' },
    ]);
    expect(ops.systems[0]!.processes![0]!.ref).toBeUndefined();

    const finance = await systemNamed(alpha.team.id, 'Finance');
    const fin = await exportTeam(db, { teamId: alpha.team.id, systemId: finance.id });
    expect(fin.systems[0]!.processes![1]!.steps[0]!.whatIfs).toEqual([
      { condition: 'Still unpaid', action: 'Review finances', linkedProcess: 'Weekly review' },
    ]);
  });

  it('leaves out archived systems with everything under them, and drops links into them', async () => {
    const delivery = await systemNamed(alpha.team.id, 'Delivery');
    await withTransaction(db, (tx) =>
      tx.update(systems).set({ archivedAt: new Date() }).where(eq(systems.id, delivery.id)),
    );
    try {
      const exported = await exportTeam(db, { teamId: alpha.team.id });
      const names = JSON.stringify(exported);
      expect(names).not.toContain('"Delivery"');
      expect(names).not.toContain('"QA"');
      expect(exported.systems[0]!.systems).toBeUndefined();
      expect(exported.systems[0]!.processes![0]!.steps[1]!.whatIfs).toEqual([
        { condition: 'A deadline slips', action: 'Re-plan' },
        { condition: 'Quality drops', action: 'Run the review' },
        { condition: 'Someone is ill', action: 'Move their tasks' },
      ]);
      const qa = await systemNamed(alpha.team.id, 'QA');
      await expect(
        exportTeam(db, { teamId: alpha.team.id, systemId: qa.id }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await withTransaction(db, (tx) =>
        tx.update(systems).set({ archivedAt: null }).where(eq(systems.id, delivery.id)),
      );
    }
  });

  it("answers NOT_FOUND for another team's system", async () => {
    const theirs = await systemNamed(betaId, 'Operations');
    await expect(
      exportTeam(db, { teamId: alpha.team.id, systemId: theirs.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'System not found.' });
  });

  it('orders siblings by position, then name', async () => {
    const finance = await systemNamed(alpha.team.id, 'Finance');
    const operations = await systemNamed(alpha.team.id, 'Operations');
    await withTransaction(db, (tx) =>
      tx.update(systems).set({ position: 7 }).where(eq(systems.id, finance.id)),
    );
    await withTransaction(db, (tx) =>
      tx.update(systems).set({ position: 7 }).where(eq(systems.id, operations.id)),
    );
    const tied = await exportTeam(db, { teamId: alpha.team.id });
    expect(tied.systems.map((s) => s.name)).toEqual(['Finance', 'Operations']);
    await withTransaction(db, (tx) =>
      tx.update(systems).set({ position: 0 }).where(eq(systems.id, operations.id)),
    );
    const ordered = await exportTeam(db, { teamId: alpha.team.id });
    expect(ordered.systems.map((s) => s.name)).toEqual(['Operations', 'Finance']);
    await withTransaction(db, (tx) =>
      tx.update(systems).set({ position: 1 }).where(eq(systems.id, finance.id)),
    );
  });

  it('exports an empty team as an empty, importable file', async () => {
    const empty = await alpha.owner.api.team.create({ name: 'Empty' });
    const exported = await exportTeam(db, { teamId: empty.id });
    expect(withoutDate(exported)).toEqual({ format: 'opslens', version: 1, systems: [] });
  });
});
