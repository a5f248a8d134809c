import 'server-only';
import { and, desc, eq, lt, or, type AnyColumn } from 'drizzle-orm';

// Keyset paging of a history, newest first: a page costs the same however deep it is. The order
// and the cursor condition must agree, so they are defined together.

/** Where the previous page ended: its last row. */
export type PageBefore = { createdAt: Date; id: string };

/** createdAt desc, then id desc (rows created in the same instant keep a fixed order). */
export function newestFirst(createdAt: AnyColumn, id: AnyColumn) {
  return [desc(createdAt), desc(id)] as const;
}

/** The rows after `before` in newestFirst order; no condition for the first page. */
export function olderThan(createdAt: AnyColumn, id: AnyColumn, before: PageBefore | undefined) {
  return before
    ? or(lt(createdAt, before.createdAt), and(eq(createdAt, before.createdAt), lt(id, before.id)))
    : undefined;
}
