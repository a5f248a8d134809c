/**
 * Totals per process, per system (with all of its subsystems) and for the team.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from './analyze-team';
import { systemAncestry } from './rollup';
import { ALICE, member, processOf, step, teamInput } from './test-fixtures';
import type { AnalysisSystem } from './types';

const systems: AnalysisSystem[] = [
  { id: 'biz', parentId: null, name: 'Business' },
  { id: 'mkt', parentId: 'biz', name: 'Marketing' },
  { id: 'social', parentId: 'mkt', name: 'Social media' },
  { id: 'ads', parentId: 'mkt', name: 'Advertising' },
  { id: 'ar', parentId: 'biz', name: 'Accounts receivable' },
];

describe('systemAncestry', () => {
  it('lists each system with all of its ancestors', () => {
    const chains = systemAncestry(systems);
    expect(chains.get('social')).toEqual(['social', 'mkt', 'biz']);
    expect(chains.get('biz')).toEqual(['biz']);
  });

  it('treats a missing parent as the top and cuts cycles', () => {
    const chains = systemAncestry([
      { id: 'orphan', parentId: 'nowhere', name: 'Orphan' },
      { id: 'a', parentId: 'b', name: 'A' },
      { id: 'b', parentId: 'a', name: 'B' },
    ]);
    expect(chains.get('orphan')).toEqual(['orphan']);
    expect(chains.get('a')?.sort()).toEqual(['a', 'b']);
    expect(chains.get('b')?.sort()).toEqual(['a', 'b']);
  });
});

describe('roll-ups', () => {
  const bob = member({ membershipId: 'm-bob', name: 'Bob', hourlyCost: 30 });
  // social/p-social: remove (60 h, $3,000) + automate (60 h, $3,000)
  // ads/p-ads:       delegate (60 h, $3,000 cost; saves 60 × $20 = $1,200, 0 h)
  // mkt/p-mkt:       keep, needs judgment (30 min → 120 h, $6,000)
  // ar/p-ar:         keep, too small (0.5 min → 2 h, $100)
  const processes = [
    processOf(
      'p-social',
      [step({ id: 's1', value: 'none' }), step({ id: 's2', ruleBased: true })],
      { systemId: 'social' },
    ),
    processOf('p-ads', [step({ id: 's3' })], { systemId: 'ads' }),
    processOf('p-mkt', [step({ id: 's4', minutes: 30, needsJudgment: true })], {
      systemId: 'mkt',
    }),
    processOf('p-ar', [step({ id: 's5', minutes: 0.5 })], { systemId: 'ar' }),
  ];
  const result = analyzeTeam(teamInput({ members: [ALICE, bob], systems, processes }));
  const system = (id: string) => result.systems.find((s) => s.systemId === id);

  it('totals each process', () => {
    const p = result.processes.find((r) => r.processId === 'p-social');
    expect(p).toMatchObject({
      systemId: 'social',
      stepCount: 2,
      hoursPerYear: 120,
      costPerYear: 6000,
      hoursSavedPerYear: 120,
      costSavedPerYear: 6000,
    });
    expect(p?.byAction.remove).toMatchObject({ count: 1, hoursSavedPerYear: 60 });
    expect(p?.byAction.automate).toMatchObject({ count: 1, costSavedPerYear: 3000 });
    expect(p?.byAction.delegate.count).toBe(0);
  });

  it('includes every subsystem, recursively, in a system total', () => {
    const mkt = system('mkt');
    // social 120 h + ads 60 h + mkt's own 120 h = 300 h; $6,000 + $3,000 + $6,000 = $15,000
    expect(mkt?.hoursPerYear).toBe(300);
    expect(mkt?.costPerYear).toBe(15000);
    // saved: $6,000 (social) + $1,200 (ads delegate) = $7,200; hours saved 120 (delegate saves 0)
    expect(mkt?.costSavedPerYear).toBe(7200);
    expect(mkt?.hoursSavedPerYear).toBe(120);
    // hours freed: 120 (social) + 60 (ads) = 180
    expect(mkt?.hoursFreedPerYear).toBe(180);
    expect(mkt?.processCount).toBe(3);
    expect(mkt?.stepCount).toBe(4);
    expect(mkt?.byAction.delegate).toMatchObject({ count: 1, costSavedPerYear: 1200 });
    expect(mkt?.keepReasons.needs_judgment).toBe(1);
    expect(mkt?.parentId).toBe('biz');
  });

  it('does not count a sibling subsystem', () => {
    expect(system('social')?.hoursPerYear).toBe(120);
    expect(system('ads')?.hoursPerYear).toBe(60);
    expect(system('ar')?.keepReasons.too_small).toBe(1);
  });

  it('totals the whole tree at the top system and for the team', () => {
    // 300 h + 2 h = 302 h; $15,000 + $100 = $15,100
    expect(system('biz')?.hoursPerYear).toBe(302);
    expect(system('biz')?.processCount).toBe(4);
    expect(result.team.hoursPerYear).toBe(302);
    expect(result.team.costPerYear).toBe(15100);
    expect(result.team.costSavedPerYear).toBe(7200);
    expect(result.team.byAction.keep.count).toBe(2);
    expect(result.team.keepReasons).toEqual({
      automated: 0,
      too_small: 1,
      needs_judgment: 1,
      automation_does_not_pay_back: 0,
      unassigned: 0,
      no_cheaper_teammate_with_capacity: 0,
    });
  });

  it('lists every system and process, sorted by id, even without steps', () => {
    const empty = analyzeTeam(
      teamInput({ systems, processes: [processOf('p-empty', [], { systemId: 'ads' })] }),
    );
    expect(empty.systems.map((s) => s.systemId)).toEqual(['ads', 'ar', 'biz', 'mkt', 'social']);
    expect(empty.processes).toHaveLength(1);
    expect(empty.processes[0]?.stepCount).toBe(0);
    expect(empty.systems.find((s) => s.systemId === 'mkt')?.processCount).toBe(1);
  });

  it('counts a process in an unknown system for the team only', () => {
    const r = analyzeTeam(
      teamInput({
        systems,
        processes: [processOf('p-x', [step({ id: 'x' })], { systemId: 'gone' })],
      }),
    );
    expect(r.team.hoursPerYear).toBe(60);
    expect(r.systems.every((s) => s.hoursPerYear === 0)).toBe(true);
  });
});
