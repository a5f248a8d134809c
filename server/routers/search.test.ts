import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '@/db/search';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';

const db = createTestDb();
const plain = (s: string) => s.replaceAll(MARK_START, '').replaceAll(MARK_END, '');

describe('search', () => {
  it('finds systems, processes and steps of the team by words in names and details', async () => {
    const { owner, team } = await teamWithOwner(db, 'Search Co');
    const teamId = team.id;
    const ar = await owner.api.system.create({
      teamId,
      name: 'Accounts receivable',
      description: 'Getting paid',
    });
    const p = await owner.api.process.create({
      teamId,
      systemId: ar.id,
      name: 'Chase overdue invoices',
      frequency: { period: 'week', count: 1 },
    });
    const s = await owner.api.step.create({
      teamId,
      processId: p.id,
      title: 'Send reminder',
      details: 'Use the **polite** reminder template in Gmail',
      minutes: 5,
    });

    const byWord = await owner.api.search.query({ teamId, q: 'remind' });
    expect(byWord.map((r) => [r.type, plain(r.title), r.context])).toEqual([
      ['step', 'Send reminder', 'Chase overdue invoices'],
    ]);
    expect(byWord[0]!.target).toEqual({ kind: 'process', id: p.id, anchor: `step-${s.id}` });
    expect(byWord[0]!.title).toContain(`${MARK_START}reminder${MARK_END}`);

    const inDetails = await owner.api.search.query({ teamId, q: 'gmail template' });
    expect(inDetails.map((r) => r.id)).toEqual([s.id]);
    expect(plain(inDetails[0]!.snippet)).toContain('polite');

    const process = await owner.api.search.query({ teamId, q: 'OVERDUE' });
    expect(process.map((r) => [r.type, r.context])).toEqual([['process', 'Accounts receivable']]);

    // Renames are indexed; old words stop matching.
    await owner.api.system.update({
      teamId,
      systemId: ar.id,
      name: 'Receivables',
      description: '',
    });
    expect((await owner.api.search.query({ teamId, q: 'accounts' })).map((r) => r.type)).toEqual(
      [],
    );
    expect((await owner.api.search.query({ teamId, q: 'receivables' })).map((r) => r.type)).toEqual(
      ['system'],
    );

    await owner.api.step.delete({ teamId, stepId: s.id });
    expect(await owner.api.search.query({ teamId, q: 'reminder' })).toEqual([]);
  });

  it('never returns another team’s data, and ignores query syntax', async () => {
    const a = await teamWithOwner(db, 'Team A');
    const b = await teamWithOwner(db, 'Team B');
    await a.owner.api.system.create({ teamId: a.team.id, name: 'Payroll secrets' });
    expect(await b.owner.api.search.query({ teamId: b.team.id, q: 'payroll' })).toEqual([]);
    expect(await a.owner.api.search.query({ teamId: a.team.id, q: '"payroll* (' })).toHaveLength(1);
    expect(await a.owner.api.search.query({ teamId: a.team.id, q: '  *** ' })).toEqual([]);
  });
});
