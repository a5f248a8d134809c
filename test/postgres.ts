import { dialectOf } from '@/db/dialect';

/**
 * The PostgreSQL server tests run against, when DATABASE_URL names one (`npm run test:postgres`
 * starts a throw-away cluster and sets it): its user must be allowed to create databases, and
 * every test file gets a database of its own there. Otherwise tests run on SQLite files.
 */
export function testPostgresUrl(env = process.env): string | null {
  return dialectOf(env.DATABASE_URL) === 'postgres' ? env.DATABASE_URL! : null;
}

/** The migrated database each test file's database is copied from (a copy takes milliseconds). */
export const TEMPLATE_DATABASE = 'opslens_test_template';

/** The same server and user, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
