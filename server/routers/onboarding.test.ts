import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, processes, steps, systems } from '@/db/schema';
import { MARK_END, MARK_START } from '@/db/search';
import { STARTER_TEMPLATES } from '@/server/onboarding/templates';
import { createTestDatabase } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { fieldErrorsOf } from '@/test/error-shape';
import { expectTRPCError } from '@/test/trpc-error';

const { db, engine, statements } = createTestDatabase();
const plain = (s: string) => s.replaceAll(MARK_START, '').replaceAll(MARK_END, '');

type Fixture = Awaited<ReturnType<typeof teamWithOwner>>;
type Api = Fixture['owner']['api'];

async function doneItems(api: Api, teamId: string) {
  const list = await api.onboarding.checklist({ teamId });
  return list.items.filter((i) => i.done).map((i) => i.id);
}

const template = (id: string) => STARTER_TEMPLATES.find((t) => t.id === id)!;

describe('onboarding.templates', () => {
  it('lists every template with its counts, none added on a new team', async () => {
    const { owner, team } = await teamWithOwner(db, 'Catalogue Co');
    const list = await owner.api.onboarding.templates({ teamId: team.id });
    expect(list.map((t) => t.id)).toEqual(STARTER_TEMPLATES.map((t) => t.id));
    const ar = list.find((t) => t.id === 'accounts-receivable')!;
    expect(ar).toEqual({
      id: 'accounts-receivable',
      name: 'Accounts receivable',
      description: expect.stringMatching(/invoic/i),
      processCount: 2,
      stepCount: 8,
      added: false,
    });
    expect(list.every((t) => !t.added)).toBe(true);
  });
});

describe('onboarding.applyTemplates', () => {
  it('adds exactly the chosen templates, as drafts, findable by search, with one activity entry', async () => {
    const { owner, team } = await teamWithOwner(db, 'Fresh Start Co');
    const teamId = team.id;
    const result = await owner.api.onboarding.applyTemplates({
      teamId,
      // Ticked in the opposite order: the business still reads in catalogue order.
      templateIds: ['marketing', 'accounts-receivable'],
    });
    const ar = template('accounts-receivable').system;
    const marketing = template('marketing').system;
    const expectedSteps = [ar, marketing].flatMap((s) => s.processes).flatMap((p) => p.steps);
    expect(result.systems.map((s) => s.name)).toEqual(['Accounts receivable', 'Marketing']);
    expect(result.counts).toEqual({
      systems: 2,
      processes: 4,
      steps: expectedSteps.length,
      whatIfs: expectedSteps.reduce((n, s) => n + (s.whatIfs?.length ?? 0), 0),
    });

    // The business now holds those two systems at the top, with their processes and steps.
    const home = await owner.api.system.overview({ teamId, systemId: null });
    expect(home.children.map((c) => [c.name, c.processCount, c.totals.stepCount])).toEqual([
      ['Accounts receivable', 2, 8],
      ['Marketing', 2, 10],
    ]);
    expect(home.children.map((c) => c.id)).toEqual(result.systems.map((s) => s.id));

    const arLevel = await owner.api.system.overview({ teamId, systemId: result.systems[0]!.id });
    expect(arLevel.processes.map((p) => [p.name, p.status, p.stepCount])).toEqual(
      ar.processes.map((p) => [p.name, 'draft', p.steps.length]),
    );

    // Each process, step by step, as the template wrote it: unassigned, with its what-ifs.
    const invoice = arLevel.processes.find((p) => p.name === 'Invoice a client')!;
    const chase = arLevel.processes.find((p) => p.name === 'Chase an overdue invoice')!;
    const detail = await owner.api.process.get({ teamId, processId: invoice.id });
    expect(detail.process).toMatchObject({
      status: 'draft',
      frequencyPeriod: 'week',
      frequencyCount: 2,
      ownerMembershipId: null,
    });
    const written = ar.processes[0]!.steps;
    expect(detail.steps.map((s) => s.title)).toEqual(written.map((s) => s.title));
    expect(detail.steps.map((s) => s.minutes)).toEqual(written.map((s) => s.minutes));
    expect(detail.steps.every((s) => s.performerMembershipId === null)).toBe(true);
    const send = detail.steps.find((s) => s.title === 'Email the invoice to the client')!;
    expect(send).toMatchObject({ value: 'required', ruleBased: true, needsJudgment: false });
    expect(send.whatIfs.map((w) => [w.condition, w.linkedProcessId])).toEqual([
      ['The client has not paid by the due date', chase.id],
    ]);

    // Nothing else was written: no other template's system, process or step.
    const count = async (table: typeof systems | typeof processes | typeof steps) =>
      (await db.select({ id: table.id }).from(table).where(eq(table.teamId, teamId))).length;
    expect([await count(systems), await count(processes), await count(steps)]).toEqual([
      2,
      4,
      expectedSteps.length,
    ]);

    // Indexed for search like anything typed in.
    const found = await owner.api.search.query({ teamId, q: 'overdue invoice' });
    expect(found.map((r) => [r.type, plain(r.title)])).toContainEqual([
      'process',
      'Chase an overdue invoice',
    ]);
    const tool = await owner.api.search.query({ teamId, q: 'newsletter' });
    expect(tool.map((r) => plain(r.title))).toContain('Send the monthly newsletter');

    // One import in the activity log, by the owner.
    const logged = await db
      .select()
      .from(activities)
      .where(and(eq(activities.teamId, teamId), eq(activities.kind, 'team.imported')));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actorUserId: owner.id });
    expect(logged[0]!.summary).toMatch(/^imported 2 systems, 4 processes and 18 steps$/);

    // The picker now shows them as added.
    const listed = await owner.api.onboarding.templates({ teamId });
    expect(listed.filter((t) => t.added).map((t) => t.id)).toEqual([
      'accounts-receivable',
      'marketing',
    ]);
  });

  it('lands after the systems already there', async () => {
    const { owner, team } = await teamWithOwner(db, 'Existing Co');
    const teamId = team.id;
    await owner.api.system.create({ teamId, name: 'Operations' });
    await owner.api.onboarding.applyTemplates({ teamId, templateIds: ['hiring'] });
    const home = await owner.api.system.overview({ teamId, systemId: null });
    expect(home.children.map((c) => c.name)).toEqual(['Operations', 'Hiring and onboarding']);
  });

  it('refuses a template already in the business, adding nothing, until it is archived', async () => {
    const { owner, team } = await teamWithOwner(db, 'Twice Co');
    const teamId = team.id;
    await owner.api.onboarding.applyTemplates({ teamId, templateIds: ['client-intake'] });
    const before = await owner.api.system.overview({ teamId, systemId: null });

    const err = await expectTRPCError(
      owner.api.onboarding.applyTemplates({
        teamId,
        templateIds: ['month-end-close', 'client-intake'],
      }),
      'CONFLICT',
    );
    expect(err.message).toMatch(/“Client intake” is already in your business/);
    expect(fieldErrorsOf(err).templateIds?.[0]).toBe(err.message);
    // All or nothing: month-end close was not added either.
    const after = await owner.api.system.overview({ teamId, systemId: null });
    expect(after.children.map((c) => c.name)).toEqual(before.children.map((c) => c.name));

    // A system the team typed with the same name, in another case, is the same system.
    await owner.api.system.create({ teamId, name: '  month-END close ' });
    await expectTRPCError(
      owner.api.onboarding.applyTemplates({ teamId, templateIds: ['month-end-close'] }),
      'CONFLICT',
    );

    // Archived, it is out of the business: the template can be added again.
    const intake = before.children.find((c) => c.name === 'Client intake')!;
    await owner.api.system.setArchived({ teamId, systemId: intake.id, archived: true });
    await owner.api.onboarding.applyTemplates({ teamId, templateIds: ['client-intake'] });
    const again = await owner.api.system.overview({ teamId, systemId: null });
    expect(again.children.map((c) => c.name)).toEqual(['month-END close', 'Client intake']);
  });

  it('lets admins apply and refuses plain members', async () => {
    const { team, addMember } = await teamWithOwner(db, 'Roles Co');
    const member = await addMember('member', 'Mo Member');
    const admin = await addMember('admin', 'Ada Admin');
    const teamId = team.id;

    const refused = await expectTRPCError(
      member.api.onboarding.applyTemplates({ teamId, templateIds: ['marketing'] }),
      'FORBIDDEN',
    );
    expect(refused.message).toMatch(/owners and admins/);
    expect((await member.api.system.overview({ teamId, systemId: null })).children).toEqual([]);
    // Members still see the catalogue and the checklist.
    expect(await member.api.onboarding.templates({ teamId })).toHaveLength(
      STARTER_TEMPLATES.length,
    );
    expect(await doneItems(member.api, teamId)).toContain('name-business');

    await admin.api.onboarding.applyTemplates({ teamId, templateIds: ['marketing'] });
    expect(
      (await member.api.system.overview({ teamId, systemId: null })).children.map((c) => c.name),
    ).toEqual(['Marketing']);
  });

  it('answers a bad list with a message on templateIds', async () => {
    const { owner, team } = await teamWithOwner(db, 'Typo Co');
    const teamId = team.id;
    const cases: [unknown, RegExp][] = [
      [['marketing', 'payroll'], /There is no template “payroll”/],
      [[], /Pick at least one template/],
      [['marketing', 'marketing'], /Pick each template once/],
      [Array.from({ length: 7 }, () => 'marketing'), /at most 6/],
    ];
    for (const [templateIds, message] of cases) {
      const err = await expectTRPCError(
        owner.api.onboarding.applyTemplates({ teamId, templateIds: templateIds as string[] }),
        'BAD_REQUEST',
      );
      expect(fieldErrorsOf(err).templateIds?.[0]).toMatch(message);
    }
    expect((await owner.api.system.overview({ teamId, systemId: null })).children).toEqual([]);
  });
});

describe('onboarding.checklist', () => {
  it('has only the first item done for a new team', async () => {
    const { owner, team } = await teamWithOwner(db, 'Blank Co');
    const list = await owner.api.onboarding.checklist({ teamId: team.id });
    expect(list.items.map((i) => [i.id, i.done])).toEqual([
      ['name-business', true],
      ['add-system', false],
      ['document-process', false],
      ['estimate', false],
      ['invite', false],
      ['read-report', false],
    ]);
    expect(list).toMatchObject({ doneCount: 1, allDone: false, firstSystemId: null });
  });

  it('moves as the team does each thing, by hand', async () => {
    const { owner, team } = await teamWithOwner(db, 'Step By Step Co');
    const teamId = team.id;
    const api = owner.api;

    const sales = await api.system.create({ teamId, name: 'Sales' });
    expect(await doneItems(api, teamId)).toEqual(['name-business', 'add-system']);
    expect((await api.onboarding.checklist({ teamId })).firstSystemId).toBe(sales.id);

    // Two steps are not a documented process yet; steps of zero minutes are not estimates.
    const quote = await api.process.create({
      teamId,
      systemId: sales.id,
      name: 'Send a quote',
      frequency: { period: 'week', count: 2 },
    });
    const addStep = (title: string, minutes: number) =>
      api.step.create({ teamId, processId: quote.id, title, minutes });
    await addStep('Gather the scope', 0);
    const second = await addStep('Price it', 0);
    expect(await doneItems(api, teamId)).toEqual(['name-business', 'add-system']);
    await addStep('Send it', 0);
    expect(await doneItems(api, teamId)).toEqual([
      'name-business',
      'add-system',
      'document-process',
    ]);

    // An estimate in an archived process does not count; in a draft or active one it does.
    const old = await api.process.create({
      teamId,
      systemId: sales.id,
      name: 'Old way',
      frequency: { period: 'month', count: 1 },
      status: 'archived',
    });
    await api.step.create({ teamId, processId: old.id, title: 'Fax it', minutes: 30 });
    expect(await doneItems(api, teamId)).not.toContain('estimate');
    await api.step.update({
      teamId,
      stepId: second.id,
      version: second.version,
      title: 'Price it',
      minutes: 15,
    });
    expect(await doneItems(api, teamId)).toContain('estimate');

    // A pending invitation counts, and so does a teammate who has joined.
    await api.invitation.create({ teamId, email: 'new.hire@example.com', role: 'member' });
    expect(await doneItems(api, teamId)).toContain('invite');
    const other = await teamWithOwner(db, 'Joined Co');
    expect(await doneItems(other.owner.api, other.team.id)).not.toContain('invite');
    await other.addMember('member');
    expect(await doneItems(other.owner.api, other.team.id)).toContain('invite');

    // The last item: a verdict on a finding of the report.
    const wasteful = await api.step.create({
      teamId,
      processId: quote.id,
      title: 'Print a copy for the file',
      minutes: 5,
      value: 'none',
    });
    expect((await api.onboarding.checklist({ teamId })).allDone).toBe(false);
    await api.review.decide({
      teamId,
      stepId: wasteful.id,
      action: 'remove',
      status: 'dismissed',
      reason: 'The client asks for it',
    });
    const list = await api.onboarding.checklist({ teamId });
    expect(list).toMatchObject({ doneCount: 6, allDone: true });
  });

  it('ticks what a template does, and never counts another team', async () => {
    const a = await teamWithOwner(db, 'Template Co');
    const b = await teamWithOwner(db, 'Bystander Co');
    await a.owner.api.onboarding.applyTemplates({
      teamId: a.team.id,
      templateIds: ['month-end-close'],
    });
    // The template's draft process has five steps with their typical minutes.
    expect(await doneItems(a.owner.api, a.team.id)).toEqual([
      'name-business',
      'add-system',
      'document-process',
      'estimate',
    ]);
    expect(await doneItems(b.owner.api, b.team.id)).toEqual(['name-business']);
  });

  it('reads with one small statement per fact group, each through an index on team_id', async () => {
    const { owner, team } = await teamWithOwner(db, 'Planned Co');
    await owner.api.onboarding.applyTemplates({ teamId: team.id, templateIds: ['marketing'] });
    const ran = await statements.record(() => owner.api.onboarding.checklist({ teamId: team.id }));
    const reads = ran.filter((s) => /from "?(systems|steps|teams)"?/i.test(s.sql));
    // The facts in one statement, and the first system in another (plus the team checks).
    const facts = reads.filter((s) => /exists/i.test(s.sql));
    expect(facts).toHaveLength(1);
    if (engine.dialect !== 'sqlite') return;
    const plan = engine.readerRaw
      .prepare(`EXPLAIN QUERY PLAN ${facts[0]!.sql}`)
      .all(...(facts[0]!.params as unknown[])) as { detail: string }[];
    const scans = plan.map((r) => r.detail).filter((d) => /^SCAN (?!CONSTANT)/.test(d));
    // No table is read in full: every subquery searches an index.
    expect(scans).toEqual([]);
    for (const table of [
      'systems',
      'steps',
      'processes',
      'memberships',
      'invitations',
      'decisions',
    ])
      expect(plan.map((r) => r.detail).join('\n')).toMatch(new RegExp(`SEARCH ${table} USING`));
  });
});
