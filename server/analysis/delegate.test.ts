/**
 * Choosing the teammate and sharing out capacity.
 * Baseline step: 60 h/year ÷ 48 weeks = 1.25 h/week, Alice at $50/h.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from './analyze-team';
import { chooseDelegate, createCapacityLedger, reserveCapacity } from './delegate';
import { ALICE, findingFor, member, processOf, step, teamInput } from './test-fixtures';

describe('chooseDelegate', () => {
  it('breaks ties on cost by name, then by membershipId, whatever the input order', () => {
    const members = [
      member({ membershipId: 'm-1', name: 'Dana', hourlyCost: 20 }),
      member({ membershipId: 'm-3', name: 'Carol', hourlyCost: 20 }),
      member({ membershipId: 'm-2', name: 'Carol', hourlyCost: 20 }),
    ];
    const request = { performerHourlyCost: 50, hoursPerWeek: 1 };
    for (const order of [members, [...members].reverse()]) {
      const choice = chooseDelegate(createCapacityLedger(order, 50), request);
      expect(choice).toMatchObject({ kind: 'delegate', membershipId: 'm-2' });
    }
  });

  it('never suggests the performer, even when they are the cheapest with room', () => {
    // Cy ($10, 40 h/week spare) performs the step; Bo ($5) is full; Ann ($80) is dearer.
    const members = [
      member({ membershipId: 'm-cy', name: 'Cy', hourlyCost: 10, weeklyCapacityHours: 40 }),
      member({ membershipId: 'm-bo', name: 'Bo', hourlyCost: 5, weeklyCapacityHours: 0 }),
      member({ membershipId: 'm-ann', name: 'Ann', hourlyCost: 80, weeklyCapacityHours: 40 }),
    ];
    const result = analyzeTeam(
      teamInput({
        members,
        processes: [processOf('p1', [step({ id: 's1', performerId: 'm-cy' })])],
      }),
    );
    const f = findingFor(result, 's1');
    expect(f.action).toBe('keep');
    expect(f.keepReason).toBe('no_cheaper_teammate_with_capacity');
    expect(f.reasons[3]).toBe(
      '1 teammate costs less than $10/h, but none has 1.3 h/week of spare capacity left',
    );
  });

  it('counts reserved capacity against what is left', () => {
    const ledger = createCapacityLedger(
      [member({ membershipId: 'm-bob', hourlyCost: 30, weeklyCapacityHours: 2 })],
      50,
    );
    const request = { performerHourlyCost: 50, hoursPerWeek: 1.25 };
    expect(chooseDelegate(ledger, request).kind).toBe('delegate');
    reserveCapacity(ledger, 'm-bob', 1.25);
    // 2 − 1.25 = 0.75 h/week left < 1.25
    expect(chooseDelegate(ledger, request)).toEqual({ kind: 'none', cheaperTeammates: 1 });
  });
});

describe('greedy capacity allocation across steps', () => {
  // Bob ($30) has 2 h/week: room for one 1.25 h/week step, not two.
  const bob = member({
    membershipId: 'm-bob',
    name: 'Bob',
    hourlyCost: 30,
    weeklyCapacityHours: 2,
  });

  it('gives the capacity to the most expensive work first and keeps the rest', () => {
    // s-small: 15 min → 60 h → $3,000/year; s-big: 16 min → 64 h → $3,200/year
    // 64 h / 48 = 1.33 h/week fits in 2; then 2 − 1.33 = 0.67 < 1.25 for s-small.
    const process = processOf('p1', [
      step({ id: 's-small', minutes: 15 }),
      step({ id: 's-big', minutes: 16 }),
    ]);
    const result = analyzeTeam(teamInput({ members: [ALICE, bob], processes: [process] }));
    const big = findingFor(result, 's-big');
    const small = findingFor(result, 's-small');
    expect(big.action).toBe('delegate');
    expect(big.costSavedPerYear).toBeCloseTo(64 * 20, 10); // 64 h × ($50 − $30) = $1,280
    expect(small.action).toBe('keep');
    expect(small.keepReason).toBe('no_cheaper_teammate_with_capacity');
    const bobCapacity = result.members.find((m) => m.membershipId === 'm-bob');
    expect(bobCapacity?.suggestedHoursPerWeek).toBeCloseTo(64 / 48, 10);
    expect(bobCapacity?.spareHoursPerWeek).toBeCloseTo(2 - 64 / 48, 10);
  });

  it('falls back to the next cheapest teammate once the cheapest is full', () => {
    const carol = member({ membershipId: 'm-carol', name: 'Carol', hourlyCost: 40 });
    const process = processOf('p1', [
      step({ id: 's-a', minutes: 15 }),
      step({ id: 's-b', minutes: 15 }),
    ]);
    const result = analyzeTeam(teamInput({ members: [ALICE, bob, carol], processes: [process] }));
    // Equal cost and hours → stepId order: s-a gets Bob ($1,200), s-b gets Carol (60 × 10 = $600)
    expect(findingFor(result, 's-a').suggestedMemberId).toBe('m-bob');
    expect(findingFor(result, 's-b').suggestedMemberId).toBe('m-carol');
    expect(findingFor(result, 's-b').costSavedPerYear).toBe(600);
  });

  it('allocates the same way whatever the order of processes and steps', () => {
    const p1 = processOf('p1', [step({ id: 's-a' }), step({ id: 's-c', minutes: 20 })]);
    const p2 = processOf('p2', [step({ id: 's-b', minutes: 18 })]);
    const forward = analyzeTeam(teamInput({ members: [ALICE, bob], processes: [p1, p2] }));
    const backward = analyzeTeam(
      teamInput({
        members: [bob, ALICE],
        processes: [{ ...p2 }, { ...p1, steps: [...p1.steps].reverse() }],
      }),
    );
    expect(backward).toEqual(forward);
    // s-c (20 min → 80 h → $4,000) is the most expensive, so it gets Bob.
    expect(findingFor(forward, 's-c').suggestedMemberId).toBe('m-bob');
    expect(forward.findings.filter((f) => f.action === 'delegate')).toHaveLength(1);
  });
});
