import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steps, systems } from '@/db/schema';
import { createTeamWithOwner } from '@/server/queries/teams';
import { insertUser } from '@/server/queries/users';
import { createTestDatabase } from '@/test/db';

// The real command, as `npm run import` runs it, against a database of its own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-cli-'));
const { db, url: databaseUrl } = createTestDatabase();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runImport(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/import.ts', ...args],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

function writeFile(name: string, json: unknown) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  return file;
}

const stepCount = async () => (await db.select({ n: count() }).from(steps))[0]!.n;

beforeAll(async () => {
  const owner = await insertUser(db, {
    name: 'Cleo Owner',
    email: 'cleo@example.com',
    passwordHash: null,
  });
  await createTeamWithOwner(db, { name: 'Cli Co', slug: 'cli-co', userId: owner.id });
});

describe('npm run import', () => {
  it('prints every problem with its place and writes nothing (exit 1)', async () => {
    const file = writeFile('bad.json', {
      format: 'opslens',
      version: 1,
      systems: [
        {
          name: 'Marketing',
          processes: [
            {
              name: 'Post weekly update',
              frequency: { period: 'week', count: 1 },
              steps: [
                { title: 'Draft', minutes: 10 },
                { title: 'Schedule posts', minutes: -5, probability: 120 },
              ],
            },
          ],
        },
      ],
    });
    const { code, out } = runImport(file, '--team', 'cli-co');
    expect(code).toBe(1);
    expect(out).toContain('2 problem(s); nothing was imported');
    expect(out).toContain(
      'Marketing › "Post weekly update" › step 2 "Schedule posts": minutes must be 0 or more',
    );
    expect(out).toContain('at systems[0].processes[0].steps[1].probability');
    expect(await stepCount()).toBe(0);
  });

  it('imports a valid file, printing the counts and the warnings (exit 0)', async () => {
    const file = writeFile('good.json', {
      format: 'opslens',
      version: 1,
      systems: [
        {
          name: 'Finance',
          owner: 'cleo@example.com',
          processes: [
            {
              name: 'Pay bills',
              frequency: { period: 'week', count: 1 },
              steps: [
                { title: 'Collect', minutes: 10, performer: 'nobody@example.com' },
                { title: 'Pay', minutes: 5, performer: 'CLEO@example.com' },
              ],
            },
          ],
        },
      ],
    });
    const dry = runImport(file, '--team', 'cli-co', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      'The file is valid: 1 system, 1 process and 2 steps would be imported.',
    );
    expect(await stepCount()).toBe(0);

    const { code, out } = runImport(file, '--team', 'cli-co');
    expect(code).toBe(0);
    expect(out).toContain(
      'Done: imported 1 system, 1 process and 2 steps (0 what-ifs), recorded as imported by Cleo Owner.',
    );
    expect(out).toContain(
      'performer nobody@example.com is not a member of this team: 1 step will be unassigned',
    );
    expect(await stepCount()).toBe(2);
    const [finance] = await db.select().from(systems).where(eq(systems.name, 'Finance'));
    expect(finance?.ownerMembershipId).not.toBeNull();
  });

  it('explains a wrong slug, broken JSON and missing arguments', () => {
    const file = writeFile('broken.json', '{\n  "format": "opslens",\n  "version": 1,,\n}');
    const broken = runImport(file, '--team', 'cli-co');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('broken.json cannot be imported; nothing was written');
    expect(broken.out).toContain('file: is not valid JSON at line 3, column 16');

    const wrongSlug = runImport(
      writeFile('empty.json', { format: 'opslens', version: 1, systems: [] }),
      '--team',
      'nope',
    );
    expect(wrongSlug.code).toBe(1);
    expect(wrongSlug.out).toContain('No team has the web address "nope"');

    const usage = runImport('--team', 'cli-co');
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('Usage: npm run import -- FILE --team SLUG');
  });
});
