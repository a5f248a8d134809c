import 'server-only';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { configuredDatabaseUrl, resolveDatabasePath } from './client';
import { dialectOf } from './dialect';

/**
 * `npm run backup -- FILE` (scripts/backup.ts): a consistent copy of the live SQLite database,
 * taken while the app runs and writes. The copy is written under a temporary name beside FILE,
 * checked, and only then given FILE's name, so FILE is never a half-written backup.
 */

/** A backup that was not made, and why, in words for the operator; nothing was written. */
export class BackupRefused extends Error {}

export type BackupResult = {
  /** The database copied (a file path). */
  source: string;
  /** The backup written (an absolute path). */
  file: string;
  bytes: number;
  /** Rows in each of the app's tables, as the copy holds them. */
  tables: { name: string; rows: number }[];
  rows: number;
  /** When the pages were read (Date.now()): the copy is the database as of a moment between. */
  copiedFrom: number;
  copiedTo: number;
  ms: number;
};

export type BackupOptions = {
  /** Replace FILE if it exists (default: refuse). */
  force?: boolean;
  /** The database to copy (default: the configured one: DATABASE_URL, else data/opslens.db). */
  source?: string;
};

// sqlite3_backup_step(N) for N this large copies every page in one step, so in one read transaction.
const EVERY_PAGE = 0x7fffffff;

/** What to run instead on PostgreSQL, whose server makes its own consistent dumps. */
export function pgDumpAdvice(target: string): string {
  const file = JSON.stringify(target.replace(/\.db$/, '') + '.dump');
  return [
    'npm run backup does not back up PostgreSQL (DATABASE_URL names a PostgreSQL server). Use pg_dump,',
    'which takes a consistent snapshot while the app runs:',
    '',
    `  pg_dump --format=custom --file=${file} "$DATABASE_URL"`,
    '',
    `Restore with: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${file}`,
  ].join('\n');
}

/**
 * Copies the live database to `target`. Refuses (BackupRefused) a PostgreSQL database, a target
 * that exists (unless `force`), the live file itself, and a folder it cannot write in. Throws
 * when the copy fails or fails its integrity check; then nothing is left behind.
 */
export async function backupDatabase(
  target: string,
  { force = false, source = configuredDatabaseUrl() }: BackupOptions = {},
): Promise<BackupResult> {
  const began = performance.now();
  if (dialectOf(source) === 'postgres') throw new BackupRefused(pgDumpAdvice(target));
  const from = resolveDatabasePath(source);
  const file = path.resolve(target);
  prepareTarget(from, file, force);
  const dir = path.dirname(file);

  const temp = path.join(dir, `${path.basename(file)}.partial-${process.pid}`);
  try {
    const copied = await copyPages(from, temp);
    // The copy carries the source's WAL flag; a rollback journal makes it one self-contained
    // file (the app switches it back to WAL when it opens it).
    const out = new Database(temp, { fileMustExist: true });
    out.pragma('journal_mode = DELETE');
    out.close();
    const tables = verify(temp, from);
    publish(temp, file, force);
    return {
      source: from,
      file,
      bytes: fs.statSync(file).size,
      tables,
      rows: tables.reduce((n, t) => n + t.rows, 0),
      copiedFrom: copied.from,
      copiedTo: copied.to,
      ms: performance.now() - began,
    };
  } finally {
    for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`])
      fs.rmSync(leftover, { force: true });
  }
}

/** Refuses a target it must not write, and makes its folder. */
function prepareTarget(from: string, file: string, force: boolean) {
  if (!fs.existsSync(from))
    throw new BackupRefused(
      `There is no database at ${from} to back up (DATABASE_URL names it, else data/opslens.db).`,
    );
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  if ([from, `${from}-wal`, `${from}-shm`].some((live) => real(live) === real(file)))
    throw new BackupRefused(`${file} is the live database itself; name another file.`);
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    throw new BackupRefused(
      `Cannot write in the folder ${dir} (${(err as Error).message}). Pick a folder the user running the backup may write in.`,
    );
  }
  const found = fs.statSync(file, { throwIfNoEntry: false });
  if (found?.isDirectory())
    throw new BackupRefused(`${file} is a folder; name a file in it, e.g. ${file}/opslens.db.`);
  if (found && !force)
    throw new BackupRefused(
      `${file} already exists. Pick another name, or add --force to replace it.`,
    );
  // A log beside the target would be replayed into the new copy when it is next opened.
  for (const log of [`${file}-wal`, `${file}-journal`])
    if (fs.existsSync(log))
      throw new BackupRefused(
        `${log} exists: ${file} is open as a database, or was not closed cleanly. Name another file.`,
      );
}

// The online backup API in a single step rather than VACUUM INTO: the same one-read-transaction
// snapshot that WAL writers neither block nor restart, but copied page for page, not rebuilt
// table by table and index by index, so it is quicker and lighter on the server it shares.
async function copyPages(from: string, temp: string): Promise<{ from: number; to: number }> {
  let source: Database.Database;
  try {
    source = new Database(from, { readonly: true, fileMustExist: true });
    source.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new BackupRefused(`Cannot open ${from} as a SQLite database: ${(err as Error).message}`);
  }
  try {
    // better-sqlite3 copies 100 pages per turn of the event loop by default, each turn a read
    // transaction of its own, and a commit by the app between two turns restarts the copy:
    // under steady writes it might never end. One step is one snapshot.
    let startedAt = Date.now();
    await source.backup(temp, {
      // Called once, after a first step that copies nothing; the next step copies it all.
      progress: () => {
        startedAt = Date.now();
        return EVERY_PAGE;
      },
    });
    return { from: startedAt, to: Date.now() };
  } finally {
    source.close();
  }
}

/** The copy's integrity_check, then its tables' row counts; throws if the copy is damaged. */
function verify(temp: string, from: string): { name: string; rows: number }[] {
  const copy = new Database(temp, { readonly: true, fileMustExist: true });
  try {
    const report = (
      copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
    ).map((r) => r.integrity_check);
    if (report.length !== 1 || report[0] !== 'ok')
      throw new Error(
        `The copy failed its integrity check (${report.slice(0, 3).join('; ')}), and was deleted. Check the live database: sqlite3 ${from} "PRAGMA integrity_check".`,
      );
    const names = copy
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '__drizzle*' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return names.map((name) => ({
      name,
      rows: copy
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    }));
  } finally {
    copy.close();
  }
}

/** Gives the checked copy its final name: atomically, and never over a file unless forced. */
function publish(temp: string, file: string, force: boolean) {
  if (force) fs.renameSync(temp, file);
  else {
    try {
      // link fails if the name was taken meanwhile, where rename would replace it.
      fs.linkSync(temp, file);
      fs.rmSync(temp);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST')
        throw new BackupRefused(`${file} appeared while the backup ran; it was left as it was.`);
      // A file system without hard links.
      if (fs.existsSync(file)) throw new BackupRefused(`${file} already exists.`);
      fs.renameSync(temp, file);
    }
  }
  try {
    // The new name survives a power cut too.
    const folder = fs.openSync(path.dirname(file), 'r');
    fs.fsyncSync(folder);
    fs.closeSync(folder);
  } catch {
    // Not every platform can sync a folder; the file itself is synced by SQLite.
  }
}
