import 'server-only';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerConnection } from '@/db/prepared';
import { first } from '@/db/raw';
import { withTransaction } from '@/db/transaction';
import { users, type User } from '@/db/schema';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Read on every signed-in call: a statement prepared once per connection (db/prepared.ts).
const userById = preparedPerConnection((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .limit(1),
);

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return first(userById(db, { id }));
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return first(
    db
      .select()
      .from(users)
      .where(eq(users.emailNormalized, normalizeEmail(email)))
      .limit(1),
  );
}

export async function insertUser(
  db: Db,
  values: { name: string; email: string; passwordHash: string | null },
): Promise<User> {
  return withTransaction(db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        ...values,
        email: values.email.trim(),
        emailNormalized: normalizeEmail(values.email),
      })
      .returning();
    return user!;
  });
}

export async function countUsers(db: Db): Promise<number> {
  return (await first(db.select({ n: count() }).from(users)))?.n ?? 0;
}

/**
 * Renames a user. Through the builder on `users.name`, so the data-version trigger (migration
 * 0009) bumps every team they belong to: names appear in the reports' reasons. An unchanged
 * name writes nothing, so no report is recomputed for it.
 */
export async function updateUserName(
  db: Db,
  { userId, name }: { userId: string; name: string },
): Promise<void> {
  await withTransaction(db, (tx) =>
    tx
      .update(users)
      .set({ name })
      .where(and(eq(users.id, userId), ne(users.name, name))),
  );
}

/** A new password ends every session made with the old one (the version moves on). */
export async function updateUserPassword(
  db: Db,
  { userId, passwordHash }: { userId: string; passwordHash: string },
): Promise<void> {
  await withTransaction(db, (tx) =>
    tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId)),
  );
}

/** Ends every session of the user: tokens issued before carry an older version. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await withTransaction(db, (tx) =>
    tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId)),
  );
}
