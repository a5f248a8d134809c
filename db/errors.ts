import 'server-only';

/**
 * Database errors recognised by code, in one place: SQLite's extended result codes and
 * PostgreSQL's SQLSTATEs. Drizzle wraps a failed query's error; the driver's is its cause.
 */

function driverError(err: unknown): { code?: unknown } | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return e as { code: string };
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

const codeOf = (err: unknown) => driverError(err)?.code;

/** A unique index refused the row (a taken email, a taken web address, a duplicate key). */
export function isUniqueViolation(err: unknown): boolean {
  const code = codeOf(err);
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
}

/** A foreign key refused the row (it names something that is not there). */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** PostgreSQL gave up a transaction because another one won: running it again is safe. */
export function isRetryableConflict(err: unknown): boolean {
  const code = codeOf(err);
  return code === '40001' || code === '40P01';
}
