import 'server-only';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { engineOf, type Db } from './client';
import { queryRows } from './raw';

/** What is wrong with a database, and what to do about it, for an operator to read. */
export type DatabaseProblem = { problem: string; advice: string };

/**
 * A SQLite connection that can be used: the file is intact (quick_check, a few ms per MB) and
 * writable (the header is rewritten as it is, which a read-only file or folder refuses).
 */
export function sqliteProblem(raw: Database.Database): DatabaseProblem | null {
  let report: string[];
  try {
    const found = raw.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    report = found.map((r) => r.quick_check);
  } catch (err) {
    // Damage bad enough that the check itself cannot read the file.
    report = [(err as Error).message];
  }
  if (report.length !== 1 || report[0] !== 'ok') {
    return {
      problem: `the file is damaged (quick_check: ${report.slice(0, 3).join('; ')})`,
      advice:
        'Restore the last backup (README, "Backups"); `sqlite3 FILE "PRAGMA integrity_check"` lists what is wrong.',
    };
  }
  try {
    const version = raw.pragma('user_version', { simple: true }) as number;
    raw.pragma(`user_version = ${Number(version)}`);
  } catch (err) {
    return {
      problem: `it cannot be written (${(err as Error).message})`,
      advice:
        'Let the user running Opslens write the file and its folder (the -wal and -shm files live beside it).',
    };
  }
  return null;
}

/** Whether the app can work with its database: at start (thoroughly) and for /api/health. */
export async function databaseProblem(db: Db): Promise<DatabaseProblem | null> {
  const engine = engineOf(db);
  if (engine.dialect === 'sqlite') return sqliteProblem(engine.writerRaw);
  const [row] = await queryRows<{ transaction_read_only: string }>(
    db,
    sql`show transaction_read_only`,
  );
  if (row?.transaction_read_only === 'on') {
    return {
      problem: 'the server only accepts reads (a replica, or default_transaction_read_only)',
      advice: 'Point DATABASE_URL at the primary server.',
    };
  }
  return null;
}

/** A cheap liveness read for the health route: one round trip, nothing about the data. */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    await queryRows(db, sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** Words for a failure to open a database at all (a file that is not a database, a bad URL). */
export function explainOpenFailure(err: unknown): DatabaseProblem {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? String(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return {
      problem: `it is not a usable SQLite database (${message})`,
      advice: 'Restore the last backup, or point DATABASE_URL at the right file.',
    };
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return {
      problem: `it cannot be opened for writing (${message})`,
      advice: 'Check that the folder exists and the user running Opslens may write in it.',
    };
  }
  return { problem: message, advice: 'Check DATABASE_URL and that the database server is up.' };
}
