import 'server-only';
import {
  configuredDatabaseUrl,
  getDb,
  migrateDatabase,
  retireConnectionsOnShutdown,
} from '@/db/client';
import { describeDatabase } from '@/db/describe';
import { getAuthSecret } from '@/server/auth/secret';
import { isDemoEnabled } from '@/server/demo/account';
import { seedDemoIfEmpty } from '@/server/demo/seed';

/** Runs once when the server starts: check configuration, migrate, seed the demo. */
export async function startServer(): Promise<void> {
  try {
    getAuthSecret();
  } catch (err) {
    console.error(`\nOpslens cannot start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const where = describeDatabase(configuredDatabaseUrl());
  const db = getDb();
  try {
    await migrateDatabase(db);
  } catch (err) {
    console.error(
      `\nOpslens cannot start: the database at ${where} could not be migrated: ${(err as Error).message}\n`,
    );
    process.exit(1);
  }
  if (isDemoEnabled() && (await seedDemoIfEmpty(db))) {
    console.log(`Opslens: seeded the demo team in ${where}`);
  }
  retireConnectionsOnShutdown();
}
