import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

async function processFixture() {
  const fx = await teamWithOwner(db);
  const teamId = fx.team.id;
  const system = await fx.owner.api.system.create({ teamId, name: 'Accounts receivable' });
  const process = await fx.owner.api.process.create({
    teamId,
    systemId: system.id,
    name: 'Send invoices',
    purpose: 'Get paid on time',
    trigger: 'Project delivered',
    frequency: { period: 'week', count: 3 },
  });
  return { ...fx, teamId, system, process };
}

const titles = (steps: { title: string }[]) => steps.map((s) => s.title);

describe('processes', () => {
  it('creates with every field and reads back steps in order with what-ifs', async () => {
    const { owner, teamId, process } = await processFixture();
    const chase = await owner.api.process.create({
      teamId,
      systemId: process.systemId,
      name: 'Chase overdue invoice',
      frequency: { period: 'on_demand', runsPerYear: 30 },
    });
    await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Draft invoice',
      minutes: 10,
      performerMembershipId: owner.membershipId,
      ruleBased: true,
      tools: ['QuickBooks'],
    });
    await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Check payment',
      kind: 'decision',
      minutes: 2,
      waitMinutes: 43200,
      probability: 100,
      value: 'required',
      whatIfs: [
        {
          condition: 'Client does not pay within 30 days',
          action: 'Start the reminder sequence',
          linkedProcessId: chase.id,
        },
      ],
    });
    const detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(detail.process).toMatchObject({
      name: 'Send invoices',
      purpose: 'Get paid on time',
      trigger: 'Project delivered',
      frequencyPeriod: 'week',
      frequencyCount: 3,
      status: 'draft',
      version: 1,
    });
    expect(titles(detail.steps)).toEqual(['Draft invoice', 'Check payment']);
    expect(detail.steps[0]).toMatchObject({
      position: 0,
      tools: ['QuickBooks'],
      ruleBased: true,
      performerMembershipId: owner.membershipId,
    });
    expect(detail.steps[1]!.whatIfs).toEqual([
      expect.objectContaining({
        condition: 'Client does not pay within 30 days',
        linkedProcessId: chase.id,
      }),
    ]);
    expect(detail.breadcrumb.map((b) => b.name)).toEqual(['Accounts receivable']);
    // Only the names the page shows: the linked process and the one performer, not the team.
    expect(detail.linkedProcesses).toEqual([{ id: chase.id, name: 'Chase overdue invoice' }]);
    expect(detail.people).toEqual([{ membershipId: owner.membershipId, name: 'Olivia Owner' }]);
  });

  it('searches processes and members for the pickers, a few at a time and within the team', async () => {
    const { owner, teamId, process } = await processFixture();
    const other = await teamWithOwner(db, 'Other Co');
    const elsewhere = await other.owner.api.system.create({ teamId: other.team.id, name: 'Ops' });
    await other.owner.api.process.create({
      teamId: other.team.id,
      systemId: elsewhere.id,
      name: 'Send invoices abroad',
      frequency: { period: 'week', count: 1 },
    });
    for (const name of ['Send reminders', 'Pay suppliers'])
      await owner.api.process.create({
        teamId,
        systemId: process.systemId,
        name,
        frequency: { period: 'week', count: 1 },
      });
    const found = await owner.api.process.search({ teamId, q: 'send', excludeId: process.id });
    expect(found.map((p) => p.name)).toEqual(['Send reminders']);
    expect((await owner.api.process.search({ teamId, q: 'pay' })).map((p) => p.name)).toEqual([
      'Pay suppliers',
    ]);
    expect(await owner.api.process.search({ teamId, q: '', limit: 2 })).toHaveLength(2);
    const people = await owner.api.member.search({ teamId, q: 'oliv' });
    expect(people.map((m) => m.name)).toEqual(['Olivia Owner']);
    expect(await owner.api.member.search({ teamId, q: 'nobody here' })).toEqual([]);
  });

  it('refuses a second save made against an old version, naming who changed it', async () => {
    const { owner, team, teamId, process, addMember } = await processFixture();
    const mate = await addMember('member', 'Maya Mate');
    const fields = {
      teamId,
      processId: process.id,
      name: 'Send invoices',
      frequency: { period: 'week' as const, count: 3 },
    };
    const first = await mate.api.process.update({
      ...fields,
      version: 1,
      name: 'Send invoices (v2)',
    });
    expect(first.version).toBe(2);
    const err = await expectTRPCError(
      owner.api.process.update({ ...fields, version: 1, purpose: 'Mine' }),
      'CONFLICT',
    );
    expect(err.message).toMatch(/^Maya Mate changed this process after you opened it/);
    expect(err.message).toMatch(/Reload to see their changes/);
    const now = await owner.api.process.get({ teamId: team.id, processId: process.id });
    expect(now.process).toMatchObject({ name: 'Send invoices (v2)', purpose: '', version: 2 });
  });

  it('archives and restores through its status, and keeps its own history', async () => {
    const { owner, teamId, process } = await processFixture();
    const base = {
      teamId,
      processId: process.id,
      name: 'Send invoices',
      frequency: { period: 'week' as const, count: 3 },
    };
    await owner.api.process.update({ ...base, version: 1, status: 'archived' });
    await owner.api.process.update({ ...base, version: 2, status: 'active' });
    const history = await owner.api.process.history({ teamId, processId: process.id });
    expect(history.map((h) => h.kind)).toEqual([
      'process.restored',
      'process.archived',
      'process.created',
    ]);
  });

  it('validates frequency field by field', async () => {
    const { owner, teamId, system } = await processFixture();
    const err = await expectTRPCError(
      owner.api.process.create({
        teamId,
        systemId: system.id,
        name: 'Bad',
        frequency: { period: 'month', count: 0 },
      }),
      'BAD_REQUEST',
    );
    expect(JSON.stringify(err.cause)).toContain('Use a number above 0.');
  });
});

describe('steps', () => {
  it('inserts after a step, duplicates, deletes and reorders, keeping positions 0..n-1', async () => {
    const { owner, teamId, process } = await processFixture();
    const api = owner.api.step;
    const a = await api.create({ teamId, processId: process.id, title: 'A', minutes: 1 });
    const c = await api.create({ teamId, processId: process.id, title: 'C', minutes: 1 });
    await api.create({ teamId, processId: process.id, title: 'B', minutes: 1, afterStepId: a.id });
    await api.update({
      teamId,
      stepId: c.id,
      version: 1,
      title: 'C',
      minutes: 1,
      whatIfs: [{ condition: 'If', action: 'Then' }],
    });
    const copy = await api.duplicate({ teamId, stepId: c.id });
    let detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(titles(detail.steps)).toEqual(['A', 'B', 'C', 'C (copy)']);
    expect(detail.steps.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    expect(detail.steps[3]!.whatIfs.map((w) => w.condition)).toEqual(['If']);

    await api.delete({ teamId, stepId: a.id });
    detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(detail.steps.map((s) => [s.title, s.position])).toEqual([
      ['B', 0],
      ['C', 1],
      ['C (copy)', 2],
    ]);

    const reversed = detail.steps.map((s) => s.id).reverse();
    await api.reorder({ teamId, processId: process.id, orderedIds: reversed });
    detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(titles(detail.steps)).toEqual(['C (copy)', 'C', 'B']);
    expect(copy.id).toBe(detail.steps[0]!.id);
  });

  it('refuses a reorder that does not name exactly the current steps, changing nothing', async () => {
    const { owner, teamId, process } = await processFixture();
    const a = await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'A',
      minutes: 1,
    });
    const b = await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'B',
      minutes: 1,
    });
    await expectTRPCError(
      owner.api.step.reorder({ teamId, processId: process.id, orderedIds: [b.id] }),
      'CONFLICT',
    );
    await expectTRPCError(
      owner.api.step.reorder({ teamId, processId: process.id, orderedIds: [b.id, b.id] }),
      'CONFLICT',
    );
    expect(titles((await owner.api.process.get({ teamId, processId: process.id })).steps)).toEqual([
      'A',
      'B',
    ]);
    expect(a.position).toBe(0);
  });

  it('refuses a stale step save and keeps the first edit', async () => {
    const { owner, teamId, process, addMember } = await processFixture();
    const mate = await addMember('member', 'Sam Second');
    const step = await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Reconcile',
      minutes: 20,
    });
    await mate.api.step.update({
      teamId,
      stepId: step.id,
      version: 1,
      title: 'Reconcile',
      minutes: 25,
    });
    const err = await expectTRPCError(
      owner.api.step.update({
        teamId,
        stepId: step.id,
        version: 1,
        title: 'Reconcile',
        minutes: 5,
      }),
      'CONFLICT',
    );
    expect(err.message).toMatch(/^Sam Second changed this step/);
    const saved = (await owner.api.process.get({ teamId, processId: process.id })).steps[0]!;
    expect(saved).toMatchObject({ minutes: 25, version: 2 });
  });

  it('validates every field and writes nothing on bad input (what-ifs included)', async () => {
    const { owner, teamId, process } = await processFixture();
    const err = await expectTRPCError(
      owner.api.step.create({
        teamId,
        processId: process.id,
        title: '',
        minutes: -1,
        probability: 120,
        whatIfs: [{ condition: '', action: 'x' }],
      }),
      'BAD_REQUEST',
    );
    const fields = (err.cause as unknown as { issues: { path: (string | number)[] }[] }).issues
      .map((i) => i.path.join('.'))
      .sort();
    expect(fields).toEqual(['minutes', 'probability', 'title', 'whatIfs.0.condition']);
    expect((await owner.api.process.get({ teamId, processId: process.id })).steps).toEqual([]);
  });

  it('refuses a what-if linked to another team’s process, writing nothing', async () => {
    const { owner, teamId, process } = await processFixture();
    const other = await processFixture();
    await expectTRPCError(
      owner.api.step.create({
        teamId,
        processId: process.id,
        title: 'Link',
        minutes: 1,
        whatIfs: [{ condition: 'c', action: 'a', linkedProcessId: other.process.id }],
      }),
      'NOT_FOUND',
    );
    expect((await owner.api.process.get({ teamId, processId: process.id })).steps).toEqual([]);
  });
});
