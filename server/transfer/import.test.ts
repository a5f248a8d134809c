import { and, asc, count, eq, getTableColumns, isNull } from 'drizzle-orm';
import { isForeignKeyViolation } from '@/db/errors';
import { withTransaction } from '@/db/transaction';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activities,
  processes,
  steps,
  systems,
  whatIfs,
  type Activity,
  type Step,
} from '@/db/schema';
import { DomainError } from '@/server/domain-error';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { importIntoTeam, type ImportResult } from './import';

const db = createTestDb();
const TABLES = { systems, processes, steps, whatIfs, activities } as const;

type Fixture = Awaited<ReturnType<typeof teamWithOwner>>;
let acme: Fixture;
let sam: Awaited<ReturnType<Fixture['addMember']>>;
let other: Fixture;

beforeAll(async () => {
  acme = await teamWithOwner(db, 'Acme');
  sam = await acme.addMember('member', 'Sam Ortiz');
  other = await teamWithOwner(db, 'Other Co');
});

function sampleFile(ownerEmail: string, samEmail: string) {
  return {
    format: 'opslens',
    version: 1,
    systems: [
      {
        name: 'Sales',
        description: 'Winning work',
        owner: ownerEmail,
        processes: [
          {
            name: 'Quote',
            owner: samEmail.toUpperCase(),
            frequency: { period: 'week', count: 2 },
            steps: [
              { title: 'Draft the quote', performer: samEmail, minutes: 30, tools: ['Sheets'] },
              { title: 'Check the price', performer: 'ghost@example.com', minutes: 10 },
              {
                title: 'Send it',
                minutes: 5,
                ruleBased: true,
                whatIfs: [
                  { condition: 'Client is silent for a week', action: 'Call them' },
                  { condition: 'Client pays late', action: 'Chase', linkedProcess: 'Chase' },
                ],
              },
            ],
          },
        ],
        systems: [
          {
            name: 'Inner',
            processes: [{ name: 'Review', frequency: { period: 'month', count: 1 }, steps: [] }],
          },
        ],
      },
      {
        name: 'Finance',
        processes: [
          {
            name: 'Chase',
            frequency: { period: 'on_demand', runsPerYear: 12 },
            status: 'draft',
            steps: [{ title: 'Email a reminder', minutes: 5, probability: 50, value: 'required' }],
          },
        ],
      },
    ],
  };
}

async function rowCounts() {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    out[name] = (await db.select({ n: count() }).from(table))[0]!.n;
  }
  return out;
}

/** Every row a team owns, in a stable order, to prove an import left it alone. */
async function teamSnapshot(teamId: string) {
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    const columns = getTableColumns(table);
    out[name] = await db
      .select()
      .from(table)
      .where(eq(columns.teamId, teamId))
      .orderBy(asc(columns.id));
  }
  return out;
}

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe('importIntoTeam', () => {
  it('writes systems, processes, steps and what-ifs, each with the team, positions, people and links', async () => {
    const result = expectOk(
      await importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: acme.owner.id,
        file: sampleFile(acme.owner.email, sam.email),
      }),
    );
    expect(result.counts).toEqual({ systems: 3, processes: 3, steps: 4, whatIfs: 2 });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'performer ghost@example.com is not a member of this team: 1 step will be unassigned',
    ]);

    const sys = await db.select().from(systems).where(eq(systems.teamId, acme.team.id));
    const sales = sys.find((s) => s.name === 'Sales')!;
    const finance = sys.find((s) => s.name === 'Finance')!;
    const inner = sys.find((s) => s.name === 'Inner')!;
    expect(result.systemIds).toEqual([sales.id, finance.id]);
    expect([sales.parentId, sales.position, finance.parentId, finance.position]).toEqual([
      null,
      0,
      null,
      1,
    ]);
    expect([inner.parentId, inner.position]).toEqual([sales.id, 0]);
    expect(sales.ownerMembershipId).toBe(acme.owner.membershipId);
    expect(sales.description).toBe('Winning work');

    const procs = await db.select().from(processes).where(eq(processes.teamId, acme.team.id));
    const quote = procs.find((p) => p.name === 'Quote')!;
    const chase = procs.find((p) => p.name === 'Chase')!;
    expect(quote).toMatchObject({
      systemId: sales.id,
      ownerMembershipId: sam.membershipId,
      frequencyPeriod: 'week',
      frequencyCount: 2,
      status: 'active',
      updatedByUserId: acme.owner.id,
    });
    expect(chase).toMatchObject({
      systemId: finance.id,
      frequencyPeriod: 'on_demand',
      frequencyCount: 12,
      status: 'draft',
    });

    const quoteSteps = await db
      .select()
      .from(steps)
      .where(eq(steps.processId, quote.id))
      .orderBy(asc(steps.position));
    expect(
      quoteSteps.map((s: Step) => [s.teamId, s.position, s.title, s.performerMembershipId]),
    ).toEqual([
      [acme.team.id, 0, 'Draft the quote', sam.membershipId],
      [acme.team.id, 1, 'Check the price', null],
      [acme.team.id, 2, 'Send it', null],
    ]);
    expect(quoteSteps[0]!.tools).toEqual(['Sheets']);
    expect(quoteSteps[2]!.ruleBased).toBe(true);

    const ifs = await db
      .select()
      .from(whatIfs)
      .where(eq(whatIfs.stepId, quoteSteps[2]!.id))
      .orderBy(asc(whatIfs.position));
    expect(ifs.map((w) => [w.teamId, w.position, w.condition, w.linkedProcessId])).toEqual([
      [acme.team.id, 0, 'Client is silent for a week', null],
      [acme.team.id, 1, 'Client pays late', chase.id],
    ]);

    const logged = await db.select().from(activities).where(eq(activities.kind, 'team.imported'));
    expect(logged.map((a: Activity) => [a.teamId, a.actorUserId, a.summary])).toEqual([
      [acme.team.id, acme.owner.id, 'imported 3 systems, 3 processes and 4 steps'],
    ]);
  });

  it('appends top-level systems after the existing ones', async () => {
    const result = expectOk(
      await importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: acme.owner.id,
        file: sampleFile(acme.owner.email, sam.email),
      }),
    );
    const added = await db
      .select({ id: systems.id, position: systems.position })
      .from(systems)
      .where(eq(systems.teamId, acme.team.id));
    const positions = result.systemIds.map((id) => added.find((s) => s.id === id)!.position);
    expect(positions).toEqual([2, 3]);
  });

  it('imports under a parent system, after its subsystems, and says so in the log', async () => {
    // The top-level "Sales" (its subsystem "Inner" shares position 0, so name it, not the order).
    const [sales] = await db
      .select()
      .from(systems)
      .where(
        and(eq(systems.teamId, acme.team.id), isNull(systems.parentId), eq(systems.name, 'Sales')),
      )
      .orderBy(asc(systems.position))
      .limit(1);
    const result = expectOk(
      await importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: acme.owner.id,
        file: sampleFile(acme.owner.email, sam.email),
        parentSystemId: sales!.id,
      }),
    );
    const children = await db
      .select()
      .from(systems)
      .where(eq(systems.parentId, sales!.id))
      .orderBy(asc(systems.position));
    expect(children.map((c) => [c.name, c.position])).toEqual([
      ['Inner', 0],
      ['Sales', 1],
      ['Finance', 2],
    ]);
    expect(result.systemIds).toEqual([children[1]!.id, children[2]!.id]);
    const summaries = (
      await db.select().from(activities).where(eq(activities.kind, 'team.imported'))
    ).map((a) => a.summary);
    expect(summaries).toContain('imported 3 systems, 3 processes and 4 steps into Sales');
  });

  it('refuses a parent system of another team (not found) or an archived one, writing nothing', async () => {
    expectOk(
      await importIntoTeam(db, {
        teamId: other.team.id,
        actorUserId: other.owner.id,
        file: sampleFile(other.owner.email, sam.email),
      }),
    );
    const [foreign] = await db.select().from(systems).where(eq(systems.teamId, other.team.id));
    const before = await rowCounts();
    const attempt = (parentSystemId: string) =>
      importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: acme.owner.id,
        file: sampleFile(acme.owner.email, sam.email),
        parentSystemId,
      });
    await expect(attempt(foreign!.id)).rejects.toMatchObject({
      constructor: DomainError,
      code: 'NOT_FOUND',
    });
    await expect(attempt('no-such-system')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Archiving a system hides everything under it, so its subsystems cannot take an import either.
    const acmeSystems = await db.select().from(systems).where(eq(systems.teamId, acme.team.id));
    const sales = acmeSystems.find((s) => s.name === 'Sales' && s.parentId === null)!;
    const inner = acmeSystems.find((s) => s.name === 'Inner' && s.parentId === sales.id)!;
    await withTransaction(db, (tx) =>
      tx.update(systems).set({ archivedAt: new Date() }).where(eq(systems.id, sales.id)),
    );
    try {
      await expect(attempt(sales.id)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(attempt(inner.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    } finally {
      await withTransaction(db, (tx) =>
        tx.update(systems).set({ archivedAt: null }).where(eq(systems.id, sales.id)),
      );
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('writes nothing at all for a file with a problem anywhere, and lists the problems', async () => {
    const bad = sampleFile(acme.owner.email, sam.email);
    bad.systems[1]!.processes[0]!.steps[0]!.minutes = -1;
    const before = await rowCounts();
    const result = await importIntoTeam(db, {
      teamId: acme.team.id,
      actorUserId: acme.owner.id,
      file: bad,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'systems[1].processes[0].steps[0].minutes',
          where: 'Finance › "Chase" › step 1 "Email a reminder"',
          message: 'minutes must be 0 or more',
        },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('rolls everything back when the database refuses a row half-way', async () => {
    const before = await rowCounts();
    // Systems are written first; a process row then fails its foreign key on the actor.
    await expect(
      importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: 'no-such-user',
        file: sampleFile(acme.owner.email, sam.email),
      }),
    ).rejects.toSatisfy(isForeignKeyViolation);
    expect(await rowCounts()).toEqual(before);
  });

  it("never touches another team's rows", async () => {
    const otherBefore = await teamSnapshot(other.team.id);
    const acmeBefore = await teamSnapshot(acme.team.id);
    const totalsBefore = await rowCounts();
    const result = expectOk(
      await importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: acme.owner.id,
        // Names the other team's owner: not a member here, so a warning and no owner.
        file: sampleFile(other.owner.email, sam.email),
      }),
    );
    expect(result.warnings.map((w) => w.message)).toContain(
      `owner ${other.owner.email.toLowerCase()} is not a member of this team: 1 system will be unassigned`,
    );
    expect(await teamSnapshot(other.team.id)).toEqual(otherBefore);
    // Every row the import added is one of Acme's.
    const totalsAfter = await rowCounts();
    const acmeAfter = await teamSnapshot(acme.team.id);
    for (const name of Object.keys(TABLES)) {
      const added = totalsAfter[name]! - totalsBefore[name]!;
      expect(added).toBeGreaterThan(0);
      expect(acmeAfter[name]!.length - acmeBefore[name]!.length).toBe(added);
    }
  });

  it('accepts an empty file and writes nothing', async () => {
    const before = await rowCounts();
    const result = expectOk(
      await importIntoTeam(db, {
        teamId: acme.team.id,
        actorUserId: acme.owner.id,
        file: { format: 'opslens', version: 1, systems: [] },
      }),
    );
    expect(result.systemIds).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });
});
