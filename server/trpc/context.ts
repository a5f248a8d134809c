import 'server-only';
import type { Db } from '@/db/client';

export type Context = {
  db: Db;
  /** The signed-in user's id from the session token; the user row is re-read per call. */
  userId: string | null;
};
