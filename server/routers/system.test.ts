import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

describe('systems', () => {
  it('builds a tree of any depth and zooms in and out with a breadcrumb', async () => {
    const { owner, team } = await teamWithOwner(db, 'Zoom Co');
    const api = owner.api;
    const teamId = team.id;
    const marketing = await api.system.create({
      teamId,
      name: 'Marketing',
      description: 'Getting known',
    });
    const social = await api.system.create({
      teamId,
      name: 'Social media',
      parentId: marketing.id,
    });
    const insta = await api.system.create({ teamId, name: 'Instagram', parentId: social.id });
    await api.system.create({ teamId, name: 'Accounts receivable' });
    // 20/month × 12 = 240 runs; steps 10 min × 100% + 30 min × 50% = 25 min a run → 240 × 25 / 60 = 100 h.
    const post = await api.process.create({
      teamId,
      systemId: insta.id,
      name: 'Post a reel',
      frequency: { period: 'month', count: 20 },
    });
    await api.step.create({ teamId, processId: post.id, title: 'Film', minutes: 10 });
    await api.step.create({
      teamId,
      processId: post.id,
      title: 'Reshoot',
      minutes: 30,
      probability: 50,
    });

    const top = await api.system.overview({ teamId });
    expect(top.current).toBeNull();
    expect(top.breadcrumb).toEqual([]);
    expect(top.children.map((c) => c.name)).toEqual(['Marketing', 'Accounts receivable']);
    expect(top.children[0]).toMatchObject({
      description: 'Getting known',
      subsystems: [{ id: social.id, name: 'Social media' }],
      totals: { processCount: 1, stepCount: 2, hoursPerYear: 100 },
    });
    expect(top.totals).toEqual({ processCount: 1, stepCount: 2, hoursPerYear: 100 });

    const deep = await api.system.overview({ teamId, systemId: insta.id });
    expect(deep.breadcrumb.map((b) => b.name)).toEqual(['Marketing', 'Social media', 'Instagram']);
    expect(deep.processes).toEqual([
      expect.objectContaining({
        name: 'Post a reel',
        runsPerYear: 240,
        stepCount: 2,
        hoursPerYear: 100,
        status: 'draft',
      }),
    ]);
  });

  it('renames, describes, gives an owner and reorders', async () => {
    const { owner, team } = await teamWithOwner(db);
    const teamId = team.id;
    const a = await owner.api.system.create({ teamId, name: 'A' });
    const b = await owner.api.system.create({ teamId, name: 'B' });
    const c = await owner.api.system.create({ teamId, name: 'C' });
    await owner.api.system.update({
      teamId,
      systemId: a.id,
      name: 'Alpha',
      description: 'First',
      ownerMembershipId: owner.membershipId,
    });
    await owner.api.system.reorder({ teamId, parentId: null, orderedIds: [c.id, a.id, b.id] });
    const top = await owner.api.system.overview({ teamId });
    expect(top.children.map((s) => [s.name, s.ownerName])).toEqual([
      ['C', null],
      ['Alpha', 'Olivia Owner'],
      ['B', null],
    ]);
    // A reorder that does not name exactly the current children is refused.
    await expectTRPCError(
      owner.api.system.reorder({ teamId, parentId: null, orderedIds: [a.id, b.id] }),
      'CONFLICT',
    );
  });

  it('moves a system under another, and refuses a move under itself or a descendant', async () => {
    const { owner, team } = await teamWithOwner(db);
    const teamId = team.id;
    const root = await owner.api.system.create({ teamId, name: 'Root' });
    const child = await owner.api.system.create({ teamId, name: 'Child', parentId: root.id });
    const grandchild = await owner.api.system.create({
      teamId,
      name: 'Grandchild',
      parentId: child.id,
    });
    const other = await owner.api.system.create({ teamId, name: 'Other' });

    for (const target of [root.id, child.id, grandchild.id]) {
      const err = await expectTRPCError(
        owner.api.system.move({ teamId, systemId: root.id, parentId: target }),
        'CONFLICT',
      );
      expect(err.message).toBe('A system cannot move under itself or one of its own subsystems.');
    }
    await owner.api.system.move({ teamId, systemId: child.id, parentId: other.id });
    const view = await owner.api.system.overview({ teamId, systemId: grandchild.id });
    expect(view.breadcrumb.map((b) => b.name)).toEqual(['Other', 'Child', 'Grandchild']);
    await owner.api.system.move({ teamId, systemId: child.id, parentId: null });
    expect((await owner.api.system.overview({ teamId })).children.map((c) => c.name)).toEqual([
      'Root',
      'Other',
      'Child',
    ]);
  });

  it('archives a system with its subtree out of the tree and totals, and restores it', async () => {
    const { owner, team } = await teamWithOwner(db);
    const teamId = team.id;
    const sales = await owner.api.system.create({ teamId, name: 'Sales' });
    const sub = await owner.api.system.create({ teamId, name: 'Leads', parentId: sales.id });
    const p = await owner.api.process.create({
      teamId,
      systemId: sub.id,
      name: 'Qualify',
      frequency: { period: 'year', count: 60 },
    });
    await owner.api.step.create({ teamId, processId: p.id, title: 'Call', minutes: 60 });
    expect((await owner.api.system.overview({ teamId })).totals.hoursPerYear).toBe(60);

    await owner.api.system.setArchived({ teamId, systemId: sales.id, archived: true });
    const top = await owner.api.system.overview({ teamId });
    expect(top.children).toEqual([]);
    expect(top.archivedChildren.map((a) => a.name)).toEqual(['Sales']);
    expect(top.totals).toEqual({ processCount: 0, stepCount: 0, hoursPerYear: 0 });
    // Nothing new goes under an archived system.
    await expectTRPCError(
      owner.api.system.create({ teamId, name: 'X', parentId: sales.id }),
      'CONFLICT',
    );

    await owner.api.system.setArchived({ teamId, systemId: sales.id, archived: false });
    expect((await owner.api.system.overview({ teamId })).totals.hoursPerYear).toBe(60);
    const kinds = (await owner.api.activity.list({ teamId })).map((a) => a.kind);
    expect(kinds.slice(0, 2)).toEqual(['system.restored', 'system.archived']);
  });

  it('refuses bad names and foreign owners field by field', async () => {
    const { owner, team } = await teamWithOwner(db);
    const other = await teamWithOwner(db, 'Other Co');
    const err = await expectTRPCError(
      owner.api.system.create({ teamId: team.id, name: '   ' }),
      'BAD_REQUEST',
    );
    expect(JSON.stringify(err.cause)).toContain('Give the system a name.');
    const foreign = await expectTRPCError(
      owner.api.system.create({
        teamId: team.id,
        name: 'Ok',
        ownerMembershipId: other.owner.membershipId,
      }),
      'NOT_FOUND',
    );
    expect(foreign.message).toBe('That person is not a member of this team.');
    expect((await owner.api.system.overview({ teamId: team.id })).children).toEqual([]);
  });

  it('never stores control characters or names that only look filled in', async () => {
    const { owner, team } = await teamWithOwner(db);
    const teamId = team.id;
    for (const [name, message] of [
      ['\u200b\u200b\u2060', 'Give the system a name.'],
      ['\u3164', 'Give the system a name.'],
      ['Sales\u0000', 'Use one line of plain text, without control characters.'],
      ['Sales\u001b[2J', 'Use one line of plain text, without control characters.'],
    ] as const) {
      const err = await expectTRPCError(owner.api.system.create({ teamId, name }), 'BAD_REQUEST');
      expect(JSON.stringify(err.cause), JSON.stringify(name)).toContain(message);
    }
    const sales = await owner.api.system.create({ teamId, name: 'Sales' });
    const process = await owner.api.process.create({
      teamId,
      systemId: sales.id,
      name: 'Quote',
      frequency: { period: 'week', count: 1 },
    });
    await expectTRPCError(
      owner.api.step.create({ teamId, processId: process.id, title: 'Send\u0007', minutes: 5 }),
      'BAD_REQUEST',
    );
    await expectTRPCError(
      owner.api.step.create({
        teamId,
        processId: process.id,
        title: 'Send',
        minutes: 5,
        details: 'ok\u0000',
      }),
      'BAD_REQUEST',
    );
    // Markdown details keep their line breaks and indentation.
    const step = await owner.api.step.create({
      teamId,
      processId: process.id,
      title: 'Send',
      minutes: 5,
      details: '1. Open\n   - the draft\n\tthen send',
    });
    expect(step.details).toBe('1. Open\n   - the draft\n\tthen send');
    expect((await owner.api.system.overview({ teamId })).children.map((c) => c.name)).toEqual([
      'Sales',
    ]);
  });
});
