import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rateLimits } from '@/db/schema';
import { inTransaction, withReadSnapshot, withTransaction } from '@/db/transaction';
import { createTestDatabase } from '@/test/db';

/**
 * The guarantees every query function relies on, on the engine this run uses: on SQLite the
 * driver is synchronous and one connection writes, so these prove the async queue around it;
 * on PostgreSQL they prove the serializable transactions and their retries.
 */
const { db } = createTestDatabase();

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function hitsOf(key: string, handle = db): Promise<number | null> {
  const [row] = await handle.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row?.hits ?? null;
}

const put = (key: string, hits: number) =>
  withTransaction(db, (tx) =>
    tx.insert(rateLimits).values({ key, hits, windowStartedAt: new Date() }),
  );

describe('withTransaction', () => {
  it('keeps interleaved transactions apart: neither sees nor commits the other’s half-work', async () => {
    const seen: Record<string, number | null> = {};
    let firstWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (firstWrote = resolve));

    const failing = withTransaction(db, async (tx) => {
      await tx.insert(rateLimits).values({ key: 'half', hits: 1, windowStartedAt: new Date() });
      firstWrote();
      await tick(); // the other transaction and outside reads get their turn here
      await tick();
      seen.ownWrite = await hitsOf('half', tx);
      throw new Error('changed my mind');
    });
    await wrote;
    // Outside any transaction, a write not yet committed does not exist.
    seen.outside = await hitsOf('half');
    const other = withTransaction(db, async (tx) => {
      seen.other = await hitsOf('half', tx);
      await tx.insert(rateLimits).values({ key: 'whole', hits: 2, windowStartedAt: new Date() });
    });

    await expect(failing).rejects.toThrow('changed my mind');
    await other;
    expect(seen).toEqual({ ownWrite: 1, outside: null, other: null });
    // The throw took its write with it; the other transaction's write is there.
    expect(await hitsOf('half')).toBeNull();
    expect(await hitsOf('whole')).toBe(2);
  });

  it('loses no update when many read-modify-write at once', async () => {
    await put('counter', 0);
    await Promise.all(
      Array.from({ length: 12 }, () =>
        withTransaction(db, async (tx) => {
          const hits = (await hitsOf('counter', tx))!;
          await tick(); // every transaction has read before any writes, unless kept apart
          await tx
            .update(rateLimits)
            .set({ hits: hits + 1 })
            .where(eq(rateLimits.key, 'counter'));
        }),
      ),
    );
    expect(await hitsOf('counter')).toBe(12);
  });

  it('joins an enclosing transaction: a throw anywhere inside rolls back all of it', async () => {
    await expect(
      withTransaction(db, async (tx) => {
        await tx.insert(rateLimits).values({ key: 'outer', hits: 1, windowStartedAt: new Date() });
        await withTransaction(db, async (inner) => {
          expect(inTransaction(inner)).toBe(true);
          // The inner body sees the outer one's write: it is the same transaction.
          expect(await hitsOf('outer', inner)).toBe(1);
          await inner
            .insert(rateLimits)
            .values({ key: 'inner', hits: 1, windowStartedAt: new Date() });
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await hitsOf('outer')).toBeNull();
    expect(await hitsOf('inner')).toBeNull();
    expect(inTransaction(db)).toBe(false);
  });

  it('refuses a duplicate key and leaves the earlier rows of the transaction unwritten', async () => {
    await put('taken', 1);
    await expect(
      withTransaction(db, async (tx) => {
        await tx.insert(rateLimits).values({ key: 'fresh', hits: 1, windowStartedAt: new Date() });
        await tx.insert(rateLimits).values({ key: 'taken', hits: 9, windowStartedAt: new Date() });
      }),
    ).rejects.toThrow();
    expect(await hitsOf('fresh')).toBeNull();
    expect(await hitsOf('taken')).toBe(1);
  });
});

describe('withReadSnapshot', () => {
  it('reads one consistent state while writes commit meanwhile', async () => {
    await put('snap', 1);
    let letWriterGo!: () => void;
    const writerMayGo = new Promise<void>((resolve) => (letWriterGo = resolve));
    const reads = withReadSnapshot(db, async (tx) => {
      const before = await hitsOf('snap', tx);
      letWriterGo();
      await writer;
      // Committed while this snapshot was open: not part of what it reads.
      const after = await hitsOf('snap', tx);
      return { before, after };
    });
    const writer = (async () => {
      await writerMayGo;
      await withTransaction(db, (tx) =>
        tx.update(rateLimits).set({ hits: 2 }).where(eq(rateLimits.key, 'snap')),
      );
    })();
    expect(await reads).toEqual({ before: 1, after: 1 });
    // Reads outside the snapshot see the commit at once.
    expect(await hitsOf('snap')).toBe(2);
  });
});
