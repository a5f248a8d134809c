import 'server-only';
import { TRPCError } from '@trpc/server';
import { rateLimitsEnabled, type RateRule } from '@/server/limits';
import { countRequest, rateLimitKey } from '@/server/queries/rate-limits';
import type { Context } from './context';

function wait(resetsAt: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Refuses heavy work past a rule's per-user and per-team counts, with a message that says how
 * long to wait. Runs after the team check, so only members are counted.
 */
export async function enforceRateLimit(
  ctx: Pick<Context, 'db'> & { user: { id: string }; team: { id: string } },
  rule: RateRule,
  now = new Date(),
): Promise<void> {
  if (!rateLimitsEnabled()) return;
  const [user, team] = await Promise.all([
    countRequest(ctx.db, {
      key: rateLimitKey(rule.bucket, 'user', ctx.user.id),
      windowMs: rule.windowMs,
      now,
    }),
    countRequest(ctx.db, {
      key: rateLimitKey(rule.bucket, 'team', ctx.team.id),
      windowMs: rule.windowMs,
      now,
    }),
  ]);
  if (user.hits > rule.perUser) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `You are ${rule.doing} very often: try again in ${wait(user.resetsAt, now)}.`,
    });
  }
  if (team.hits > rule.perTeam) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Your team is ${rule.doing} very often: try again in ${wait(team.resetsAt, now)}.`,
    });
  }
}
