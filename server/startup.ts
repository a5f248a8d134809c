import 'server-only';
import {
  configuredDatabaseUrl,
  getDb,
  migrateDatabase,
  retireConnectionsOnShutdown,
} from '@/db/client';
import type { Db } from '@/db/client';
import { describeDatabase } from '@/db/describe';
import { databaseProblem, explainOpenFailure, type DatabaseProblem } from '@/db/health';
import { getAuthSecret } from '@/server/auth/secret';
import { getLogger } from '@/server/log/logger';
import { isDemoEnabled } from '@/server/demo/account';
import { seedDemoIfEmpty } from '@/server/demo/seed';

/** Runs once when the server starts: check configuration, migrate, seed the demo. */
export async function startServer(): Promise<void> {
  try {
    getAuthSecret();
  } catch (err) {
    getLogger().fatal(`Opslens cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  const where = describeDatabase(configuredDatabaseUrl());
  const refuse = ({ problem, advice }: DatabaseProblem): never => {
    getLogger().fatal(`Opslens cannot start: the database at ${where}: ${problem}. ${advice}`);
    process.exit(1);
  };
  let db: Db;
  try {
    db = getDb();
    await migrateDatabase(db);
  } catch (err) {
    return refuse(explainOpenFailure(err));
  }
  // Fail now, with what to do, rather than on every request later.
  const problem = await databaseProblem(db).catch((err: unknown) => explainOpenFailure(err));
  if (problem) refuse(problem);
  if (isDemoEnabled() && (await seedDemoIfEmpty(db))) {
    getLogger().info(`Opslens: seeded the demo team in ${where}`);
  }
  retireConnectionsOnShutdown();
}
