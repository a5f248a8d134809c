/**
 * Which engine this process runs on, from DATABASE_URL: `postgres://…` or `postgresql://…` is
 * PostgreSQL; anything else (a path, a `file:` URL, or nothing) is the embedded SQLite file.
 * Read once at start: one process speaks to one engine.
 */
export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(url: string | undefined): Dialect {
  return url && /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

export const dialect: Dialect = dialectOf(process.env.DATABASE_URL);
