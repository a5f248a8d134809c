import 'server-only';
import { getDb } from '@/db/client';
import { getSession } from '@/server/auth/session';
import { getMailer } from '@/server/email/mailer';
import { requestIdFrom } from '@/server/log/request-id';
import { getReportEngine } from '@/server/report/engine';
import type { Context } from './context';

/**
 * The context for a request to the app, over HTTP or from a server component. `requestId` is the
 * request's `x-request-id` (kept when safe, else a new one).
 */
export async function createRequestContext(
  requestOrigin: string,
  requestId?: string | null,
): Promise<Context> {
  const session = await getSession();
  return {
    db: getDb(),
    userId: session?.userId ?? null,
    sessionVersion: session?.sessionVersion ?? null,
    // NEXTAUTH_URL is the configured public origin; behind a proxy the request's may be internal.
    origin: process.env.NEXTAUTH_URL?.replace(/\/$/, '') ?? requestOrigin,
    mailer: getMailer(),
    report: getReportEngine(),
    requestId: requestIdFrom(requestId),
  };
}
