import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '@/test/caller';
import { BACKUP_WHAT_IFS } from '@/test/backup-what-ifs';
import { createTestDatabase } from '@/test/db';
import { teamWithOwner } from '@/test/team-fixture';
import { backupDatabase } from './backup';
import { openDatabase, type SqliteEngine } from './client';
import { dialect } from './dialect';
import { sqliteProblem } from './health';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const tsx = (script: string, ...args: string[]) => [
  '--conditions=react-server',
  '--import',
  'tsx',
  script,
  ...args,
];

/** `npm run backup -- …`, the real command, on the database `databaseUrl` names. */
function cli(databaseUrl: string, ...args: string[]) {
  const run = spawnSync(process.execPath, tsx('scripts/backup.ts', ...args), {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

async function until(done: () => boolean, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// The backup copies a SQLite file; on PostgreSQL the command only prints pg_dump's (tested below
// on both engines) and this process's app code cannot open a SQLite file to write or restore.
describe.skipIf(dialect !== 'sqlite')('npm run backup under concurrent writes (SQLite)', () => {
  const live = dialect === 'sqlite' ? createTestDatabase() : null;
  let fx: Awaited<ReturnType<typeof teamWithOwner>>;
  let processId: string;
  const BALLAST_ROWS = 6000;

  beforeAll(async () => {
    fx = await teamWithOwner(live!.db, 'Backup Co');
    const system = await fx.owner.api.system.create({ teamId: fx.team.id, name: 'Ops' });
    ({ id: processId } = await fx.owner.api.process.create({
      teamId: fx.team.id,
      systemId: system.id,
      name: 'Nightly',
      frequency: { period: 'day', count: 1 },
    }));
    // ~24 MB of filler, so that copying takes long enough for many commits to land during it.
    (live!.engine as SqliteEngine).writerRaw.exec(`
        CREATE TABLE backup_ballast (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${BALLAST_ROWS})
        INSERT INTO backup_ballast (body) SELECT randomblob(4000) FROM n;`);
  }, 60_000);

  it('copies every committed row, and no half transaction, while two processes write; the copy opens as the app database', async () => {
    const teamId = fx.team.id;
    const target = path.join(dir, 'nested', 'opslens.db');

    // Writer 1: another process on the same file, committing through the real router.
    const child = spawn(
      process.execPath,
      tsx('test/backup-writer.ts', fx.owner.id, teamId, processId),
      {
        env: { ...process.env, DATABASE_URL: live!.url, NODE_OPTIONS: '' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const childCommits: { id: string; at: number }[] = [];
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [id, at] = line.split(' ');
        if (id !== 'done') childCommits.push({ id: id!, at: Number(at) });
      }
    });

    // Writer 2: this process, interleaved with the backup on the event loop.
    let writing = true;
    const mine: string[] = [];
    const inProcess = (async () => {
      for (let n = 1; writing; n++) {
        const step = await fx.owner.api.step.create({
          teamId,
          processId,
          title: `in-process ${n}`,
          minutes: 1,
          whatIfs: BACKUP_WHAT_IFS,
        });
        mine.push(step.id);
        // A pause between commits, so the other process gets the write lock too.
        await new Promise((r) => setTimeout(r, 3));
      }
    })();

    try {
      await until(() => childCommits.length >= 30 || child.exitCode !== null, 'the writer process');
      expect(child.exitCode, errors).toBeNull();
      await until(() => mine.length >= 30, 'the in-process writer');
      // A commit reported before the backup starts must be in it.
      const committedBefore = [...childCommits.map((c) => c.id), ...mine];
      const result = await backupDatabase(target, { source: live!.url });
      const afterMine = mine.length;
      await until(() => mine.length > afterMine + 10, 'writes after the backup');
      writing = false;
      await inProcess;
      child.stdin.end();
      expect(await exited, errors).toBe(0);
      // Read only now: the lines written while this process was busy copying are in.
      const duringCopy = childCommits.filter(
        (c) => c.at > result.copiedFrom && c.at < result.copiedTo,
      ).length;

      // The other process kept committing while the backup ran: it never waited for it.
      expect(duringCopy).toBeGreaterThan(0);
      expect(result.file).toBe(target);
      expect(result.bytes).toBeGreaterThan(BALLAST_ROWS * 4000);
      expect(fs.readdirSync(path.dirname(target))).toEqual(['opslens.db']);

      // Restore as the README says: the copy in place of the database, opened by the app.
      const restoredFile = path.join(dir, 'restored.db');
      fs.copyFileSync(target, restoredFile);
      const restored = openDatabase(restoredFile);
      try {
        const engine = restored.engine as SqliteEngine;
        expect(sqliteProblem(engine.writerRaw)).toBeNull();
        const raw = engine.readerRaw;
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');

        const detail = await callerFor(restored.db, fx.owner.id).process.get({ teamId, processId });
        const ids = new Set(detail.steps.map((s) => s.id));
        const missing = committedBefore.filter((id) => !ids.has(id));
        expect(missing, 'committed before the backup began').toEqual([]);
        // Nothing was made up: every step in the copy is one a writer saw committed.
        const committed = new Set([...childCommits.map((c) => c.id), ...mine]);
        expect(detail.steps.filter((s) => !committed.has(s.id))).toEqual([]);
        // One moment in time: each writer's steps are its first k, with no later one and no gap.
        for (const writer of ['child', 'in-process']) {
          const numbers = detail.steps
            .filter((s) => s.title.startsWith(`${writer} `))
            .map((s) => Number(s.title.slice(writer.length + 1)))
            .sort((a, b) => a - b);
          expect(numbers, writer).toEqual(numbers.map((_, i) => i + 1));
        }
        // Fewer steps than were committed in the end: later commits are not in the copy.
        expect(ids.size).toBeLessThan(committed.size);
        // Each step's transaction is there whole: its what-ifs and its activity line.
        for (const step of detail.steps)
          expect(
            step.whatIfs.map((w) => w.condition),
            step.title,
          ).toEqual(BACKUP_WHAT_IFS.map((w) => w.condition));
        const logged = raw
          .prepare("SELECT count(*) FROM activities WHERE process_id = ? AND kind = 'step.created'")
          .pluck()
          .get(processId);
        expect(logged).toBe(detail.steps.length);
        expect(raw.prepare('SELECT count(*) FROM backup_ballast').pluck().get()).toBe(BALLAST_ROWS);

        // The counts the command reports are the copy's.
        const counted = Object.fromEntries(result.tables.map((t) => [t.name, t.rows]));
        expect(counted).toMatchObject({ steps: detail.steps.length, backup_ballast: BALLAST_ROWS });
        expect(counted.what_ifs).toBe(detail.steps.length * BACKUP_WHAT_IFS.length);
      } finally {
        await restored.close();
      }
    } finally {
      writing = false;
      await inProcess.catch(() => {});
      if (child.exitCode === null) child.kill();
    }
  }, 120_000);
});

// The command runs in processes of its own, told the database by DATABASE_URL: these hold on
// either engine's run.
describe('npm run backup refuses what it should', () => {
  const source = path.join(dir, 'source.db');
  beforeAll(() => {
    const raw = new Database(source);
    raw.pragma('journal_mode = WAL');
    raw.exec(
      "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things (name) VALUES ('a'), ('b');",
    );
    raw.close();
  });

  it('asks for a file when none is named', () => {
    const run = cli(source);
    expect(run.out).toMatch(
      /Name the file to write the backup to\.\nUsage: npm run backup -- FILE \[--force\]/,
    );
    expect(run.code).toBe(1);
  });

  it('leaves an existing file alone without --force, and replaces it with', () => {
    const target = path.join(dir, 'existing.db');
    fs.writeFileSync(target, 'keep me');
    const refused = cli(source, target);
    expect(refused.out).toMatch(
      /already exists\. Pick another name, or add --force to replace it\./,
    );
    expect(refused.code).toBe(1);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');

    const forced = cli(source, target, '--force');
    expect(forced.out).toMatch(/things\s+2 rows/);
    expect(forced.out).toMatch(/Backed up .* integrity_check ok/);
    expect(forced.code).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT name FROM things ORDER BY id').pluck().all()).toEqual(['a', 'b']);
    copy.close();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('existing.db'))).toEqual(['existing.db']);
  });

  it('says so when it cannot write in the folder, and leaves nothing behind', () => {
    const notAFolder = path.join(dir, 'plain-file');
    fs.writeFileSync(notAFolder, '');
    const run = cli(source, path.join(notAFolder, 'backup.db'));
    expect(run.out).toMatch(/Cannot write in the folder .*plain-file/);
    expect(run.code).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)(
    'says so for a folder without write permission (skipped as root, who may write anywhere)',
    () => {
      const locked = path.join(dir, 'locked');
      fs.mkdirSync(locked, { mode: 0o555 });
      const run = cli(source, path.join(locked, 'backup.db'));
      expect(run.out).toMatch(/Cannot write in the folder .*locked/);
      expect(run.code).toBe(1);
      expect(fs.readdirSync(locked)).toEqual([]);
    },
  );

  it('never writes over the live database, --force or not', () => {
    const run = cli(source, source, '--force');
    expect(run.out).toMatch(/is the live database itself/);
    expect(run.code).toBe(1);
    const raw = new Database(source, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM things').pluck().get()).toBe(2);
    raw.close();
  });

  it('prints the pg_dump command on PostgreSQL, without the password, and does nothing', () => {
    const run = cli('postgres://opslens:s3cret@127.0.0.1:1/opslens', path.join(dir, 'pg.db'));
    expect(run.out).toMatch(/does not back up PostgreSQL/);
    expect(run.out).toContain('pg_dump --format=custom --file=');
    expect(run.out).toContain('"$DATABASE_URL"');
    expect(run.out).not.toContain('s3cret');
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'pg.db'))).toBe(false);
  });
});
