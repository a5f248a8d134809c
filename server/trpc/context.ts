import 'server-only';
import type { Db } from '@/db/client';
import type { Mailer } from '@/server/email/mailer';
import type { ReportEngine } from '@/server/report/engine-types';

export type Context = {
  db: Db;
  /** The signed-in user's id from the session token; the user row is re-read per call. */
  userId: string | null;
  /** The session version the token was issued at: an older one than the user's is refused. */
  sessionVersion: number | null;
  /** The app's public origin, for links in emails and invitations (e.g. https://opslens.example). */
  origin: string;
  /** Sends email when SMTP is configured; null otherwise. */
  mailer: Mailer | null;
  /** Computes and memoizes reports: a worker thread in production, in-process in tests. */
  report: ReportEngine;
  /** Ties this request's log lines together (server/log/request-id.ts); a call without one gets its own. */
  requestId?: string;
};
