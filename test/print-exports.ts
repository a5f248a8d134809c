/**
 * Prints every team's export (the import format) from the database DATABASE_URL names, as one
 * JSON object by team slug: for tests that compare two databases, on either engine, from a
 * process of that engine's own (one process speaks to one engine).
 */
import { asc } from 'drizzle-orm';
import { configuredDatabaseUrl, openDatabase } from '@/db/client';
import { teams } from '@/db/schema';
import { exportTeam } from '@/server/transfer/export';

async function main() {
  const { db, close } = openDatabase(configuredDatabaseUrl(), { migrate: false });
  try {
    const out: Record<string, unknown> = {};
    for (const team of await db.select().from(teams).orderBy(asc(teams.slug))) {
      const { exportedAt: _when, ...file } = await exportTeam(db, { teamId: team.id });
      out[team.slug] = file;
    }
    process.stdout.write(JSON.stringify(out));
  } finally {
    await close();
  }
}

void main();
