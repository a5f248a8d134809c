import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { dialect } from './dialect';
import { explainOpenFailure, sqliteProblem } from './health';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-health-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A migrated database file with some rows, closed. */
async function databaseFile(name: string): Promise<string> {
  const file = path.join(dir, name);
  const raw = new Database(file);
  raw.exec('create table filler (id integer primary key, body text)');
  const insert = raw.prepare('insert into filler (body) values (?)');
  for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
  raw.pragma('journal_mode = DELETE');
  raw.close();
  return file;
}

// The SQLite checks need SQLite files; the PostgreSQL run opens only PostgreSQL URLs.
describe.skipIf(dialect !== 'sqlite')('database checks at start (SQLite)', () => {
  it('finds nothing wrong with a sound, writable file', async () => {
    const raw = new Database(await databaseFile('ok.db'));
    expect(sqliteProblem(raw)).toBeNull();
    raw.close();
  });

  it('says a read-only database cannot be written, and what to do', async () => {
    const raw = new Database(await databaseFile('ro.db'), { readonly: true });
    const found = sqliteProblem(raw);
    expect(found?.problem).toMatch(/cannot be written/);
    expect(found?.advice).toMatch(/write the file and its folder/);
    raw.close();
  });

  it('says a damaged file is damaged', async () => {
    const file = await databaseFile('damaged.db');
    // Scribble over the middle of the table's pages.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 40_960);
    fs.closeSync(fd);
    const raw = new Database(file);
    expect(sqliteProblem(raw)?.problem).toMatch(/damaged/);
    raw.close();
  });

  it('explains a file that is not a database at all', () => {
    const file = path.join(dir, 'not-a-db.db');
    fs.writeFileSync(file, 'this is a text file, not SQLite '.repeat(200));
    let failure: unknown;
    try {
      openDatabase(`file:${file}`);
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeDefined();
    expect(explainOpenFailure(failure).problem).toMatch(/not a usable SQLite database/);
  });
});
