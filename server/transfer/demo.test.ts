import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { memberships, processes, steps, systems, teams, users, whatIfs } from '@/db/schema';
import { ACTIONS, KEEP_REASONS, analyzeTeam, type AnalysisResult } from '@/server/analysis';
import { verifyPassword } from '@/server/auth/password';
import { DEMO_OWNER, DEMO_PASSWORD, DEMO_TEAM_NAME, DEMO_TEAMMATES } from '@/server/demo/account';
import northwind from '@/server/demo/northwind.json';
import { seedDemoIfEmpty } from '@/server/demo/seed';
import { loadAnalysisInput } from '@/server/queries/analysis-input';
import { createTestDb } from '@/test/db';
import { validateImport } from './validate';

const db = createTestDb();

async function tableCounts() {
  const tables = { users, teams, memberships, systems, processes, steps, whatIfs };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables))
    out[name] = (await db.select({ n: count() }).from(table))[0]!.n;
  return out;
}

describe('the Northwind Creative demo', () => {
  let result: AnalysisResult;
  let teamId: string;

  it('is a valid file whose people are all demo accounts', () => {
    const emails = [DEMO_OWNER.email, ...DEMO_TEAMMATES.map((m) => m.email)];
    const checked = validateImport(northwind, { memberEmails: emails });
    expect(checked.ok && checked.warnings).toEqual([]);
    if (!checked.ok) return;
    expect(checked.plan.counts.processes).toBeGreaterThanOrEqual(12);
    expect(checked.plan.counts.processes).toBeLessThanOrEqual(16);
    expect(checked.plan.systems.map((s) => s.name)).toEqual([
      'Marketing',
      'Client acquisition',
      'Content creation',
      'Accounts receivable',
      'Accounts payable',
    ]);
    expect(checked.plan.systems[0]!.systems.map((s) => s.name)).toEqual([
      'Social media',
      'Advertising',
      'Partnerships',
      'Sponsorships',
    ]);
    const stepCounts: number[] = [];
    const walk = (list: typeof checked.plan.systems) =>
      list.forEach((s) => {
        s.processes.forEach((p) => stepCounts.push(p.steps.length));
        walk(s.systems);
      });
    walk(checked.plan.systems);
    expect(Math.min(...stepCounts)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...stepCounts)).toBeLessThanOrEqual(10);
  });

  it('is seeded once, on an empty database, with the team, its people and its processes', async () => {
    expect(await seedDemoIfEmpty(db)).toBe(true);
    const [team] = await db.select().from(teams).where(eq(teams.name, DEMO_TEAM_NAME));
    teamId = team!.id;

    const people = await db
      .select({
        email: users.email,
        hash: users.passwordHash,
        role: memberships.role,
        hourlyCost: memberships.hourlyCost,
        capacity: memberships.weeklyCapacityHours,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.teamId, teamId));
    expect(
      people.map(({ email, role, hourlyCost, capacity }) => ({
        email,
        role,
        hourlyCost,
        capacity,
      })),
    ).toEqual(
      expect.arrayContaining([
        { email: DEMO_OWNER.email, role: 'owner', hourlyCost: 120, capacity: 0 },
        ...DEMO_TEAMMATES.map((m) => ({
          email: m.email,
          role: m.role,
          hourlyCost: m.hourlyCost,
          capacity: m.weeklyCapacityHours,
        })),
      ]),
    );
    expect(people).toHaveLength(1 + DEMO_TEAMMATES.length);
    // One hash for everyone (the password is hashed once), and it opens with the demo password.
    expect(new Set(people.map((p) => p.hash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, people[0]!.hash!)).toBe(true);

    const before = await tableCounts();
    expect(before.processes).toBe(15);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect(await tableCounts()).toEqual(before);
  });

  it('links what-ifs to the processes they name', async () => {
    const [chase] = await db
      .select({ id: processes.id })
      .from(processes)
      .where(eq(processes.name, 'Chase overdue invoice'));
    const linked = await db
      .select({ condition: whatIfs.condition })
      .from(whatIfs)
      .where(eq(whatIfs.linkedProcessId, chase!.id));
    expect(linked.map((w) => w.condition)).toContain('The client does not pay within 30 days');
  });

  it('gives the report something of every kind: remove, automate, delegate and each reason to keep', async () => {
    result = analyzeTeam(await loadAnalysisInput(db, { teamId }));
    const byAction = Object.fromEntries(ACTIONS.map((a) => [a, result.team.byAction[a].count]));
    for (const action of ['remove', 'automate', 'delegate'] as const) {
      expect(byAction[action], action).toBeGreaterThanOrEqual(3);
    }
    // "Already automated" needs a finished automation task: the demo file starts before any.
    for (const reason of KEEP_REASONS.filter((r) => r !== 'automated')) {
      expect(result.team.keepReasons[reason], reason).toBeGreaterThanOrEqual(2);
    }
    expect(result.team.stepCount).toBe(81);
    expect(result.team.costSavedPerYear).toBeGreaterThan(10_000);
  });

  it("suggests Dana's captions for Sam, the cheapest teammate with room", async () => {
    const input = await loadAnalysisInput(db, { teamId });
    const names = new Map(input.members.map((m) => [m.membershipId, m.name]));
    const titles = new Map(input.processes.flatMap((p) => p.steps.map((s) => [s.id, s.title])));
    const captions = result.findings.find(
      (f) => titles.get(f.stepId) === 'Write captions for LinkedIn and Instagram',
    )!;
    expect(captions.action).toBe('delegate');
    expect(names.get(captions.performerId!)).toBe('Dana Demo');
    expect(names.get(captions.suggestedMemberId!)).toBe('Sam Ortiz');
  });
});
