import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerConnection } from '@/db/prepared';
import { users, type User } from '@/db/schema';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Read on every signed-in call.
const userById = preparedPerConnection((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return userById(db).get({ id });
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db
    .select()
    .from(users)
    .where(eq(users.emailNormalized, normalizeEmail(email)))
    .get();
}

export async function insertUser(
  db: Db,
  values: { name: string; email: string; passwordHash: string | null },
): Promise<User> {
  return db
    .insert(users)
    .values({
      ...values,
      email: values.email.trim(),
      emailNormalized: normalizeEmail(values.email),
    })
    .returning()
    .get();
}

export async function countUsers(db: Db): Promise<number> {
  return (await db.$count(users)) as number;
}
