import { getDb } from '@/db/client';
import { databaseAnswers } from '@/db/health';

/**
 * For load balancers and uptime checks: 200 when the database answers, 503 when not. Says
 * nothing else — no version, engine, path or counts.
 */
export async function GET() {
  let up = false;
  try {
    up = await databaseAnswers(getDb());
  } catch {
    up = false;
  }
  return Response.json(
    { status: up ? 'ok' : 'unavailable', database: up ? 'ok' : 'unavailable' },
    { status: up ? 200 : 503 },
  );
}
