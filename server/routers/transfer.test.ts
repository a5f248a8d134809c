import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';

const db = createTestDb();

describe('transfer router', () => {
  it('exports a team and imports it into another, checking first', async () => {
    const a = await teamWithOwner(db, 'Source Co');
    const b = await teamWithOwner(db, 'Target Co');
    const sys = await a.owner.api.system.create({ teamId: a.team.id, name: 'Billing' });
    const p = await a.owner.api.process.create({
      teamId: a.team.id,
      systemId: sys.id,
      name: 'Invoice',
      frequency: { period: 'month', count: 4 },
    });
    await a.owner.api.step.create({
      teamId: a.team.id,
      processId: p.id,
      title: 'Send it',
      minutes: 5,
      performerMembershipId: a.owner.membershipId,
    });
    // The export arrives in chunks (a large team's file streams); together they are the file.
    let text = '';
    for await (const chunk of await a.owner.api.transfer.export({ teamId: a.team.id }))
      text += chunk;
    expect(JSON.parse(text)).toMatchObject({ format: 'opslens', version: 1 });

    const check = await b.owner.api.transfer.import({ teamId: b.team.id, text, dryRun: true });
    expect(check).toMatchObject({
      ok: true,
      dryRun: true,
      counts: { systems: 1, processes: 1, steps: 1 },
    });
    // The performer is not a member of the target team: a warning, not an error.
    expect(check.ok && check.warnings.map((w) => w.message).join(' ')).toMatch(
      /not a member of this team/,
    );
    expect((await b.owner.api.system.overview({ teamId: b.team.id })).children).toEqual([]);

    const done = await b.owner.api.transfer.import({ teamId: b.team.id, text });
    expect(done.ok).toBe(true);
    const top = await b.owner.api.system.overview({ teamId: b.team.id });
    expect(top.children.map((c) => [c.name, c.totals.stepCount])).toEqual([['Billing', 1]]);
  });

  it('lists every problem with its location and writes nothing', async () => {
    const b = await teamWithOwner(db, 'Strict Target');
    const bad = {
      format: 'opslens',
      version: 1,
      systems: [
        {
          name: '',
          processes: [
            {
              name: 'P',
              frequency: { period: 'month', count: -1 },
              steps: [{ title: 'S', minutes: -5 }],
            },
          ],
        },
      ],
    };
    const res = await b.owner.api.transfer.import({ teamId: b.team.id, text: JSON.stringify(bad) });
    expect(res.ok).toBe(false);
    const problems = res.ok ? [] : res.problems.map((p) => p.path);
    expect(problems).toEqual(
      expect.arrayContaining([
        'systems[0].name',
        'systems[0].processes[0].frequency.count',
        'systems[0].processes[0].steps[0].minutes',
      ]),
    );
    expect((await b.owner.api.system.overview({ teamId: b.team.id })).children).toEqual([]);
    const syntax = await b.owner.api.transfer.import({
      teamId: b.team.id,
      text: '{"format": "opslens",\n  oops',
    });
    expect(syntax.ok ? '' : syntax.problems[0]!.message).toMatch(/not valid JSON at line 2/);
  });
});
