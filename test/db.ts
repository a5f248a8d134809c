import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, type Db } from '@/db/client';

/** A real, migrated SQLite database in a temp folder, removed after the test file. */
export function createTestDb(): Db {
  return createTestDatabase().db;
}

/** The same, with the raw better-sqlite3 handle for tests that inspect every table. */
export function createTestDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-test-'));
  const { db, sqlite } = openDatabase(path.join(dir, 'test.db'));
  afterAll(() => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db, sqlite };
}
