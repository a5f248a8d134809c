import 'server-only';
import { getDb, resolveDatabasePath } from '@/db/client';
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
  const db = getDb(); // applies pending migrations
  if (isDemoEnabled() && (await seedDemoIfEmpty(db))) {
    console.log(`Opslens: seeded the demo team in ${resolveDatabasePath()}`);
  }
}
