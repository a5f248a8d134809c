import { describe, expect, it } from 'vitest';
import { retireConnections } from '@/db/client';
import { dialect } from '@/db/dialect';
import { users } from '@/db/schema';
import { createTestDatabase } from '@/test/db';

// SQLite keeps no connections a server could leave dangling: retiring them does nothing there.
describe.skipIf(dialect !== 'postgres')('retiring the pool at shutdown', () => {
  const { db, engine } = createTestDatabase();

  it('ends idle connections at once and busy ones on release, while queries keep working', async () => {
    if (engine.dialect !== 'postgres') throw new Error('PostgreSQL only');
    const { pool } = engine;
    // Three connections open: two idle, one held by a "request" still running.
    await Promise.all([1, 2, 3].map(() => db.select().from(users)));
    const busy = await pool.connect();
    expect(pool.totalCount).toBeGreaterThanOrEqual(2);

    await retireConnections(engine);
    expect(pool.idleCount).toBe(0);
    expect(pool.totalCount).toBe(1); // only the busy one

    // A request that needs the database meanwhile still gets an answer...
    expect(await db.select().from(users)).toEqual([]);
    busy.release();
    // ...and afterwards nothing is left open.
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.totalCount).toBe(0);
  });
});
