import { describe, expect, it } from 'vitest';
import { callerFor } from '@/test/caller';
import { createTestDb } from '@/test/db';
import { allFindings } from '@/test/report';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

/** Accepts the step's automate/delegate finding from the report, naming who does it. */
async function acceptFinding(
  api: ReturnType<typeof callerFor>,
  input: {
    teamId: string;
    stepId: string;
    kind: 'delegate' | 'automate';
    assigneeMembershipId: string;
    dueDate?: string;
    note?: string;
  },
) {
  const { kind, ...rest } = input;
  const { assignmentId } = await api.review.decide({ ...rest, action: kind, status: 'accepted' });
  expect(assignmentId).toEqual(expect.any(String));
  return { id: assignmentId! };
}

/**
 * Olivia (owner, $100/h) performs a weekly 60-minute step: 48 runs × 1 h = 48 h a year, 1 h a
 * week. Sam ($20/h, 10 h/week free) is the cheapest with capacity: delegate, saving
 * 48 × ($100 − $20) = $3,840 a year. Leo ($30/h) has 0.5 h a week.
 */
async function fixture() {
  const fx = await teamWithOwner(db, 'Delegation Co');
  const { owner, team } = fx;
  const teamId = team.id;
  const sam = await fx.addMember('member', 'Sam Helper');
  const leo = await fx.addMember('member', 'Leo Junior');
  await owner.api.member.update({ teamId, membershipId: owner.membershipId, hourlyCost: 100 });
  await owner.api.member.update({
    teamId,
    membershipId: sam.membershipId,
    hourlyCost: 20,
    weeklyCapacityHours: 10,
  });
  await owner.api.member.update({
    teamId,
    membershipId: leo.membershipId,
    hourlyCost: 30,
    weeklyCapacityHours: 0.5,
  });
  const system = await owner.api.system.create({ teamId, name: 'Ops' });
  const process = await owner.api.process.create({
    teamId,
    systemId: system.id,
    name: 'Weekly',
    frequency: { period: 'week', count: 1 },
  });
  const step = await owner.api.step.create({
    teamId,
    processId: process.id,
    title: 'Reconcile receipts',
    minutes: 60,
    performerMembershipId: owner.membershipId,
  });
  return { ...fx, teamId, sam, leo, process, step };
}

describe('delegation', () => {
  it('assigns with the suggestion, accepts (performer changes), completes, and realizes the savings', async () => {
    const { owner, teamId, sam, leo, step, process } = await fixture();
    const options = await owner.api.assignment.options({ teamId, stepId: step.id });
    expect(options).toMatchObject({
      action: 'delegate',
      suggestedMemberId: sam.membershipId,
      stepHoursPerWeek: 1,
    });
    expect(options.members.find((m) => m.membershipId === sam.membershipId)).toMatchObject({
      hourlyCost: 20,
      freeHoursPerWeek: 10,
    });

    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
      dueDate: '2099-01-31',
      note: 'Receipts are in the shared drive',
    });
    expect((await allFindings(owner.api, teamId))[0]!.review.status).toBe('accepted');
    expect(await sam.api.assignment.openCount({ teamId })).toBe(1);
    const {
      open: [mine],
    } = await sam.api.assignment.mine({ teamId });
    expect(mine).toMatchObject({
      id,
      stepTitle: 'Reconcile receipts',
      processName: 'Weekly',
      note: 'Receipts are in the shared drive',
      dueDate: '2099-01-31',
      status: 'assigned',
      assignedByName: 'Olivia Owner',
      hoursPerWeek: 1,
    });
    expect((await sam.api.notification.list({ teamId }))[0]).toMatchObject({
      kind: 'assignment.new',
      read: false,
    });

    // Nobody else can take it, and it cannot be taken twice.
    await expectTRPCError(leo.api.assignment.accept({ teamId, assignmentId: id }), 'NOT_FOUND');
    await expectTRPCError(sam.api.assignment.complete({ teamId, assignmentId: id }), 'CONFLICT');
    await sam.api.assignment.accept({ teamId, assignmentId: id });
    const err = await expectTRPCError(
      sam.api.assignment.accept({ teamId, assignmentId: id }),
      'CONFLICT',
    );
    expect(err.message).toBe('This assignment is already accepted.');
    const detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(detail.steps[0]!.performerMembershipId).toBe(sam.membershipId);

    await sam.api.assignment.complete({ teamId, assignmentId: id });
    await expectTRPCError(sam.api.assignment.complete({ teamId, assignmentId: id }), 'CONFLICT');
    const report = await owner.api.report.get({ teamId });
    expect(report.realizedTotal).toMatchObject({
      count: 1,
      costSavedPerYear: 3840,
      hoursFreedPerYear: 48,
    });
    expect(report.realized.delegate.costSavedPerYear).toBe(3840);
    expect(report.bySystem[0]).toMatchObject({ name: 'Ops', realizedCostSavedPerYear: 3840 });
    expect((await owner.api.notification.list({ teamId }))[0]).toMatchObject({
      kind: 'assignment.done',
      message: 'Sam Helper finished “Reconcile receipts”.',
    });
    expect(await sam.api.assignment.openCount({ teamId })).toBe(0);
    const team = await owner.api.assignment.list({ teamId });
    expect(team.items.map((a) => [a.assigneeName, a.status])).toEqual([['Sam Helper', 'done']]);
    expect(team.older).toBeNull();
    expect((await owner.api.assignment.list({ teamId, filter: 'open' })).items).toEqual([]);
  });

  it('lists the team’s assignments a page at a time, newest first, by status', async () => {
    const { owner, teamId, sam } = await fixture();
    const system = await owner.api.system.create({ teamId, name: 'More' });
    const process = await owner.api.process.create({
      teamId,
      systemId: system.id,
      name: 'More work',
      frequency: { period: 'week', count: 1 },
    });
    const ids = [];
    for (const title of ['A', 'B', 'C', 'D']) {
      const s = await owner.api.step.create({ teamId, processId: process.id, title, minutes: 5 });
      ids.push(
        (
          await owner.api.assignment.create({
            teamId,
            stepId: s.id,
            kind: 'delegate',
            assigneeMembershipId: sam.membershipId,
          })
        ).id,
      );
    }
    const first = await owner.api.assignment.list({ teamId, limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await owner.api.assignment.list({ teamId, limit: 3, before: first.older });
    expect(second.older).toBeNull();
    // The two pages hold every assignment once, newest first (ties on the instant by id).
    const all = [...first.items, ...second.items];
    expect(all.map((a) => a.stepTitle).sort()).toEqual(['A', 'B', 'C', 'D']);
    const times = all.map((a) => a.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    await sam.api.assignment.decline({ teamId, assignmentId: ids[1]!, reason: 'No time' });
    const declined = await owner.api.assignment.list({ teamId, filter: 'declined' });
    expect(declined.items.map((a) => a.stepTitle)).toEqual(['B']);

    // Sam's own view: every open hand-off at once, finished ones a page at a time.
    await sam.api.assignment.decline({ teamId, assignmentId: ids[2]!, reason: 'Not mine' });
    await sam.api.assignment.decline({ teamId, assignmentId: ids[3]!, reason: 'Later' });
    const mine = await sam.api.assignment.mine({ teamId, limit: 2 });
    expect(mine.open.map((a) => a.stepTitle)).toEqual(['A']);
    expect(mine.finished).toHaveLength(2);
    expect(mine.olderFinished).not.toBeNull();
    const older = await sam.api.assignment.mine({
      teamId,
      limit: 2,
      finishedBefore: mine.olderFinished,
    });
    expect(older.open.map((a) => a.stepTitle)).toEqual(['A']);
    expect(older.olderFinished).toBeNull();
    expect([...mine.finished, ...older.finished].map((a) => a.stepTitle).sort()).toEqual([
      'B',
      'C',
      'D',
    ]);
    // The owner handed these out: none of them is the owner's own work.
    expect((await owner.api.assignment.mine({ teamId })).finished).toEqual([]);
  });

  it('declining needs a reason, goes back to the assigner and reopens the finding', async () => {
    const { owner, teamId, sam, step } = await fixture();
    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
    });
    const bad = await expectTRPCError(
      sam.api.assignment.decline({ teamId, assignmentId: id, reason: '  ' }),
      'BAD_REQUEST',
    );
    expect(JSON.stringify(bad.cause)).toContain('Say why');
    await sam.api.assignment.decline({
      teamId,
      assignmentId: id,
      reason: 'I am on leave in March',
    });
    await expectTRPCError(
      sam.api.assignment.decline({ teamId, assignmentId: id, reason: 'again' }),
      'CONFLICT',
    );
    expect((await allFindings(owner.api, teamId))[0]!.review.status).toBe('open');
    expect((await owner.api.notification.list({ teamId }))[0]!.message).toBe(
      'Sam Helper declined “Reconcile receipts”: I am on leave in March',
    );
    // The step can be handed over again once declined.
    await owner.api.assignment.create({
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
    });
    await expectTRPCError(
      owner.api.assignment.create({
        teamId,
        stepId: step.id,
        kind: 'delegate',
        assigneeMembershipId: sam.membershipId,
      }),
      'CONFLICT',
    );
  });

  it('an automation task, when done, leaves the step automated with its remaining minutes', async () => {
    const { owner, teamId, sam, process } = await fixture();
    // Rule-based, 30 min weekly = 24 h a year: automate (24 × 5 = 120 h > 8 h); saves 24 × $100 = $2,400.
    const s = await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Copy totals',
      minutes: 30,
      ruleBased: true,
      performerMembershipId: owner.membershipId,
    });
    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: s.id,
      kind: 'automate',
      assigneeMembershipId: sam.membershipId,
    });
    await sam.api.assignment.complete({
      teamId,
      assignmentId: id,
      remainingMinutes: 2,
      effortHours: 6,
    });
    const step = (await owner.api.process.get({ teamId, processId: process.id })).steps.find(
      (x) => x.id === s.id,
    )!;
    expect(step.minutes).toBe(2);
    expect(step.automatedAt).toBeInstanceOf(Date);
    const report = await owner.api.report.get({ teamId });
    // 2 of 30 minutes stay by hand: 28/30 of the promised $2,400 and 24 h is realized.
    expect(report.realized.automate.count).toBe(1);
    expect(report.realized.automate.costSavedPerYear).toBeCloseTo(2240, 6);
    expect(report.realized.automate.hoursSavedPerYear).toBeCloseTo(22.4, 6);
    // The 2 minutes left are kept as automated, with a reason that says so, not "too small".
    const kept = (await allFindings(owner.api, teamId, { action: 'keep' })).find(
      (f) => f.stepId === s.id,
    )!;
    expect(kept.keepReason).toBe('automated');
    expect(kept.reasons.join(' ')).toMatch(/Already automated/);
    expect(
      (await owner.api.assignment.list({ teamId })).items.find((a) => a.id === id),
    ).toMatchObject({
      status: 'done',
      remainingMinutes: 2,
      effortHours: 6,
    });
  });

  it('warns by capacity, not by refusal: an over-capacity hand-off shows on the capacity view', async () => {
    const { owner, teamId, leo, step } = await fixture();
    const options = await owner.api.assignment.options({ teamId, stepId: step.id });
    expect(options.members.find((m) => m.membershipId === leo.membershipId)!.freeHoursPerWeek).toBe(
      0.5,
    );
    await owner.api.assignment.create({
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: leo.membershipId,
    });
    const capacity = await owner.api.assignment.capacity({ teamId });
    expect(capacity.find((c) => c.membershipId === leo.membershipId)).toMatchObject({
      pendingHoursPerWeek: 1,
      delegatedHoursPerWeek: 1,
      weeklyCapacityHours: 0.5,
      overCapacity: true,
    });
    expect(capacity.find((c) => c.name === 'Olivia Owner')).toMatchObject({
      performsHoursPerWeek: 1,
      overCapacity: false,
    });
  });

  it('flags overdue assignments for the assignee', async () => {
    const { owner, teamId, sam, step } = await fixture();
    await owner.api.assignment.create({
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
      dueDate: '2020-01-01',
    });
    const list = await sam.api.notification.list({ teamId });
    expect(list[0]).toMatchObject({
      kind: 'assignment.overdue',
      message: '“Reconcile receipts” was due 2020-01-01.',
    });
    expect(await sam.api.notification.unreadCount({ teamId })).toBe(2);
    await sam.api.notification.markAllRead({ teamId });
    // Read notifications go; the overdue one stays until the work is done.
    expect(await sam.api.notification.unreadCount({ teamId })).toBe(1);
  });

  it('restoring a removed step brings it back into the process', async () => {
    const { owner, teamId, process } = await fixture();
    const s = await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Print a copy',
      minutes: 10,
      value: 'none',
    });
    await owner.api.review.decide({ teamId, stepId: s.id, action: 'remove', status: 'accepted' });
    let detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(detail.steps.map((x) => x.title)).toEqual(['Reconcile receipts']);
    await owner.api.review.restoreStep({ teamId, stepId: s.id });
    detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(detail.steps.map((x) => x.title)).toEqual(['Reconcile receipts', 'Print a copy']);
  });

  it('keeps decisions and hand-offs consistent: no reopen, removal or delete under an open hand-off', async () => {
    const { owner, teamId, sam, step, process } = await fixture();
    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
    });
    const reopen = await expectTRPCError(
      owner.api.review.reopen({ teamId, stepId: step.id }),
      'CONFLICT',
    );
    expect(reopen.message).toMatch(/handed to a teammate/);
    await expectTRPCError(owner.api.step.delete({ teamId, stepId: step.id }), 'CONFLICT');
    await sam.api.assignment.accept({ teamId, assignmentId: id });
    await sam.api.assignment.complete({ teamId, assignmentId: id });
    const done = await expectTRPCError(
      owner.api.review.reopen({ teamId, stepId: step.id }),
      'CONFLICT',
    );
    expect(done.message).toMatch(/realized/);
    expect((await owner.api.process.get({ teamId, processId: process.id })).steps).toHaveLength(1);
  });

  it('realizes what the actual assignee saves, not what the suggestion would have', async () => {
    const { owner, teamId, leo, step } = await fixture();
    // Leo costs $30/h instead of the suggested Sam's $20: 48 h × ($100 − $30) = $3,360.
    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: leo.membershipId,
    });
    await leo.api.assignment.accept({ teamId, assignmentId: id });
    await leo.api.assignment.complete({ teamId, assignmentId: id });
    expect((await owner.api.report.get({ teamId })).realizedTotal.costSavedPerYear).toBe(3360);
  });

  it('books the saving agreed at hand-off, whatever the hourly costs do before it is done', async () => {
    const { owner, teamId, sam, step } = await fixture();
    // Agreed: 48 h × ($100 − $20) = $3,840 a year.
    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
    });
    // Sam gets a raise and the owner a cut before the work moves: the booked figure stays the one
    // decided on (a later change of cost is a new situation, not a rewrite of the decision).
    await owner.api.member.update({ teamId, membershipId: sam.membershipId, hourlyCost: 40 });
    await owner.api.member.update({ teamId, membershipId: owner.membershipId, hourlyCost: 90 });
    await sam.api.assignment.accept({ teamId, assignmentId: id });
    await sam.api.assignment.complete({ teamId, assignmentId: id });
    const { realizedTotal } = await owner.api.report.get({ teamId });
    expect(realizedTotal.costSavedPerYear).toBe(3840);
    expect(realizedTotal.hoursFreedPerYear).toBe(48);
  });

  it('removing a member reopens the findings of the hand-offs they had', async () => {
    const { owner, teamId, sam, step } = await fixture();
    await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
    });
    await owner.api.member.remove({ teamId, membershipId: sam.membershipId });
    const f = (await allFindings(owner.api, teamId)).find((x) => x.stepId === step.id)!;
    expect(f.review.status).toBe('open');
    expect((await owner.api.assignment.list({ teamId })).items).toEqual([]);
  });

  it('a later verdict on the same step never erases savings already realized', async () => {
    const { owner, teamId, sam, step } = await fixture();
    const { id } = await acceptFinding(owner.api, {
      teamId,
      stepId: step.id,
      kind: 'delegate',
      assigneeMembershipId: sam.membershipId,
    });
    await sam.api.assignment.accept({ teamId, assignmentId: id });
    await sam.api.assignment.complete({ teamId, assignmentId: id });
    // The step later turns out to add no value: a new "remove" finding, which the team dismisses.
    const current = (await owner.api.process.get({ teamId, processId: step.processId })).steps[0]!;
    await owner.api.step.update({
      teamId,
      stepId: step.id,
      version: current.version,
      title: current.title,
      minutes: 60,
      value: 'none',
      performerMembershipId: sam.membershipId,
    });
    await owner.api.review.decide({
      teamId,
      stepId: step.id,
      action: 'remove',
      status: 'dismissed',
      reason: 'The client asks for it',
    });
    expect((await owner.api.report.get({ teamId })).realizedTotal).toMatchObject({
      count: 1,
      costSavedPerYear: 3840,
    });
  });
});
