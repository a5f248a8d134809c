import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import { ApiClient } from './support/api';
import { PASSWORD, uniqueEmail } from './support/accounts';

/**
 * Two production app servers over one PostgreSQL, as behind a load balancer: the suite's server
 * and a second one started here on the same database. What one server decides, the other must
 * respect; nothing either needs is kept only in the other's memory.
 */
const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 50;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;

function suiteDatabase(): string {
  const file = path.join('data', `e2e-${PORT_A}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { databaseUrl: string }).databaseUrl;
}

/** What the second server printed, for the message when it does not come up. */
let secondOutput = '';

async function waitUntilUp(url: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) {
      throw new Error(
        `the second server exited (${server.exitCode}):\n${secondOutput.slice(-2000)}`,
      );
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function newUser(base: string, name: string) {
  const email = uniqueEmail(name.toLowerCase());
  const api = new ApiClient(base);
  await api.must('mutate', 'auth.signUp', { name, email, password: PASSWORD });
  expect(await api.signIn(email, PASSWORD)).toBe(true);
  return { api, email };
}

test.describe('two app servers over one PostgreSQL', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(
    !/^postgres(ql)?:\/\//.test(suiteDatabase()),
    'Several app servers share one database on PostgreSQL only: this runs in npm run test:postgres.',
  );

  let second: ChildProcess;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    second = spawn('npx', ['next', 'start', '-p', String(PORT_B), '-H', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: npx starts next-server as a child, and both must stop at the end.
      detached: true,
      env: {
        ...process.env,
        DATABASE_URL: suiteDatabase(),
        NEXTAUTH_URL: B,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production',
        OPSLENS_DEMO: 'on',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    second.stdout?.on('data', (d: Buffer) => (secondOutput += d.toString()));
    second.stderr?.on('data', (d: Buffer) => (secondOutput += d.toString()));
    await waitUntilUp(`${B}/sign-in`, second);
  });
  test.afterAll(async () => {
    if (!second?.pid || second.exitCode !== null) return;
    const exited = new Promise((resolve) => second.once('exit', resolve));
    process.kill(-second.pid, 'SIGTERM');
    await exited;
  });

  test('concurrent edits of one step on both servers: one saves, the other is told of the conflict', async () => {
    const owner = await newUser(A, 'Olga');
    const team = await owner.api.must<{ id: string }>('mutate', 'team.create', {
      name: 'Twin Servers Co',
    });
    const teamId = team.id;
    const system = await owner.api.must<{ id: string }>('mutate', 'system.create', {
      teamId,
      name: 'Sales',
    });
    const process_ = await owner.api.must<{ id: string }>('mutate', 'process.create', {
      teamId,
      systemId: system.id,
      name: 'Quotes',
      frequency: { period: 'week', count: 3 },
    });
    const step = await owner.api.must<{ id: string; version: number }>('mutate', 'step.create', {
      teamId,
      processId: process_.id,
      title: 'Price the job',
      minutes: 20,
    });
    // The same person in a second tab, served by the other server.
    const onB = new ApiClient(B);
    expect(await onB.signIn(owner.email, PASSWORD)).toBe(true);

    const edit = (api: ApiClient, title: string) =>
      api.mutate('step.update', {
        teamId,
        stepId: step.id,
        version: step.version,
        title,
        minutes: 25,
      });
    const results = await Promise.all([
      edit(owner.api, 'Price it on A'),
      edit(onB, 'Price it on B'),
    ]);
    const saved = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(refused[0]!.ok === false && refused[0]!.message).toMatch(/changed|edited/i);

    // Each server shows the winner's title, and the report on the other server has it too.
    const winner = results[0]!.ok ? 'Price it on A' : 'Price it on B';
    for (const api of [owner.api, onB]) {
      const detail = await api.must<{ steps: { title: string; version: number }[] }>(
        'query',
        'process.get',
        { teamId, processId: process_.id },
      );
      expect(detail.steps.map((s) => [s.title, s.version])).toEqual([[winner, step.version + 1]]);
      const page = await api.must<{ items: { stepTitle: string }[] }>('query', 'report.findings', {
        teamId,
        action: 'all',
      });
      expect(page.items.map((f) => f.stepTitle)).toEqual([winner]);
    }
  });

  test('one invitation accepted on both servers at once: exactly one acceptance wins', async () => {
    const owner = await newUser(A, 'Ines');
    const team = await owner.api.must<{ id: string }>('mutate', 'team.create', {
      name: 'One Seat Co',
    });
    const invitee = await newUser(B, 'Ivo');
    const invite = await owner.api.must<{ link: string }>('mutate', 'invitation.create', {
      teamId: team.id,
      email: invitee.email,
      role: 'member',
    });
    const token = invite.link.split('/invite/')[1]!;
    const onA = new ApiClient(A);
    expect(await onA.signIn(invitee.email, PASSWORD)).toBe(true);

    type Accepted = { alreadyMember: boolean; teamSlug: string };
    const results = await Promise.all([
      invitee.api.mutate<Accepted>('invitation.accept', { token }),
      onA.mutate<Accepted>('invitation.accept', { token }),
      invitee.api.mutate<Accepted>('invitation.accept', { token }),
      onA.mutate<Accepted>('invitation.accept', { token }),
    ]);
    // One request joins the team; the others find the person already in (a double-click is
    // not an error) or the link used. None adds a second membership or fails otherwise.
    const joined = results.filter((r) => r.ok && r.data.alreadyMember === false);
    expect(joined).toHaveLength(1);
    for (const r of results)
      if (r !== joined[0])
        expect(r.ok ? r.data.alreadyMember : r.code).toBe(r.ok ? true : 'CONFLICT');
    // One membership, seen the same from both servers.
    for (const api of [owner.api, new ApiClient(B)]) {
      if (api.base === B) expect(await api.signIn(owner.email, PASSWORD)).toBe(true);
      const { members } = await api.must<{ members: { email: string }[] }>('query', 'member.list', {
        teamId: team.id,
      });
      expect(members.filter((m) => m.email === invitee.email)).toHaveLength(1);
    }
  });

  test('failed sign-ins on both servers count together toward the lockout', async () => {
    const { email } = await newUser(A, 'Lena');
    // Five wrong passwords in all, spread over both servers and sent at once: neither server
    // alone saw five, so a count kept in a server's memory would not lock.
    const wrong = [A, B, A, B, A].map((base) =>
      new ApiClient(base).signIn(email, 'not the password'),
    );
    expect(await Promise.all(wrong)).toEqual([false, false, false, false, false]);
    // The right password is refused now, on either server.
    expect(await new ApiClient(A).signIn(email, PASSWORD)).toBe(false);
    expect(await new ApiClient(B).signIn(email, PASSWORD)).toBe(false);
  });
});
