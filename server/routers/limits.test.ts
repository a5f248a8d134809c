import { afterEach, describe, expect, it, vi } from 'vitest';
import { RATE_RULES } from '@/server/limits';
import { countRequest } from '@/server/queries/rate-limits';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

afterEach(() => vi.unstubAllEnvs());

describe('rate limits', () => {
  it('count in fixed windows that start again once they are over', async () => {
    const t0 = new Date('2026-06-01T10:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const hit = (ms: number) => countRequest(db, { key: 'k:1', windowMs: 60_000, now: at(ms) });
    expect(await hit(0)).toEqual({ hits: 1, resetsAt: at(60_000) });
    expect((await hit(10_000)).hits).toBe(2);
    expect((await hit(59_999)).hits).toBe(3);
    // The window that began at t0 is over: a new one begins with this request.
    expect(await hit(60_000)).toEqual({ hits: 1, resetsAt: at(120_000) });
    expect((await countRequest(db, { key: 'k:2', windowMs: 60_000, now: at(60_000) })).hits).toBe(
      1,
    );
  });

  it('refuse a user past the report limit with how long to wait, and not their teammates', async () => {
    const { owner, team, addMember } = await teamWithOwner(db, 'Busy Co');
    const teamId = team.id;
    for (let i = 0; i < RATE_RULES.report.perUser; i++) await owner.api.report.get({ teamId });
    const err = await expectTRPCError(owner.api.report.get({ teamId }), 'TOO_MANY_REQUESTS');
    expect(err.message).toMatch(
      /^You are loading the report very often: try again in \d+ seconds\.$/,
    );
    // Pages of findings count too, against the same rule.
    await expectTRPCError(owner.api.report.findings({ teamId }), 'TOO_MANY_REQUESTS');
    const mate = await addMember('admin', 'Mo Mate');
    await expect(mate.api.report.get({ teamId })).resolves.toBeTruthy();
  });

  it('can be turned off for a load test', async () => {
    vi.stubEnv('OPSLENS_RATE_LIMITS', 'off');
    const { owner, team } = await teamWithOwner(db, 'Load Co');
    for (let i = 0; i <= RATE_RULES.exports.perUser + 1; i++)
      await owner.api.report.get({ teamId: team.id });
    const chunks = [];
    for (let i = 0; i <= RATE_RULES.exports.perUser; i++)
      for await (const c of await owner.api.report.export({ teamId: team.id, format: 'csv' }))
        chunks.push(c);
    expect(chunks.length).toBeGreaterThan(RATE_RULES.exports.perUser);
  });
});

describe('the steps a team may hold', () => {
  it('refuses the step, the copy or the import that would go past the limit, writing nothing', async () => {
    vi.stubEnv('OPSLENS_MAX_STEPS_PER_TEAM', '3');
    const { owner, team } = await teamWithOwner(db, 'Full Co');
    const teamId = team.id;
    const system = await owner.api.system.create({ teamId, name: 'Ops' });
    const process = await owner.api.process.create({
      teamId,
      systemId: system.id,
      name: 'Billing',
      frequency: { period: 'week', count: 1 },
    });
    const add = (title: string) =>
      owner.api.step.create({ teamId, processId: process.id, title, minutes: 5 });
    await add('One');
    const two = await add('Two');
    await add('Three');
    const err = await expectTRPCError(add('Four'), 'BAD_REQUEST');
    expect(err.message).toBe('This team has 3 steps, the most a team can hold: delete some first.');
    await expectTRPCError(owner.api.step.duplicate({ teamId, stepId: two.id }), 'BAD_REQUEST');
    const file = JSON.stringify({
      format: 'opslens',
      version: 1,
      systems: [
        {
          name: 'More',
          processes: [
            {
              name: 'P',
              frequency: { period: 'week', count: 1 },
              steps: [{ title: 'S', minutes: 1 }],
            },
          ],
        },
      ],
    });
    const refused = await expectTRPCError(
      owner.api.transfer.import({ teamId, text: file }),
      'BAD_REQUEST',
    );
    expect(refused.message).toMatch(/would give the team 4 steps; a team can hold at most 3/);
    const detail = await owner.api.process.get({ teamId, processId: process.id });
    expect(detail.steps.map((s) => s.title)).toEqual(['One', 'Two', 'Three']);
    expect((await owner.api.system.overview({ teamId })).children.map((c) => c.name)).toEqual([
      'Ops',
    ]);
  });
});
