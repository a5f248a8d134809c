import 'server-only';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import type { Role } from '@/db/schema';
import { findMembership } from '@/server/queries/teams';
import { findUserById } from '@/server/queries/users';
import { DomainError } from '@/server/domain-error';
import type { RateRule } from '@/server/limits';
import type { Context } from './context';
import { enforceRateLimit } from './rate-limit';
import { FieldValidationError, type FieldErrors } from './errors';

/**
 * Who may call a procedure. Every builder below sets it, so a test can walk the router and
 * check that each procedure refuses whoever its access level excludes.
 */
export type Access = 'public' | 'user' | 'team' | 'admin' | 'owner';
export type ProcedureMeta = { access: Access };

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      let fieldErrors: FieldErrors | null = null;
      let message = shape.message;
      if (error.cause instanceof ZodError) {
        // Keyed by the full path ("patch.hourlyCost"), so nested inputs map to form fields too.
        fieldErrors = {};
        for (const issue of error.cause.issues) {
          const key = issue.path.join('.') || '_form';
          (fieldErrors[key] ??= []).push(issue.message);
        }
        // The first problem in words, not zod's JSON: what a client without forms shows.
        message = error.cause.issues[0]?.message ?? 'The input is not valid.';
      } else if (error.cause instanceof FieldValidationError) {
        fieldErrors = error.cause.fieldErrors;
      }
      return { ...shape, message, data: { ...shape.data, fieldErrors } };
    },
  });

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns a broken product rule, thrown deep in a transaction, into the matching tRPC error. */
const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && DomainError.is(result.error.cause)) {
    const { code, message, field } = result.error.cause;
    throw new TRPCError({
      code,
      message,
      cause: field ? new FieldValidationError({ [field]: [message] }) : undefined,
    });
  }
  return result;
});

export const publicProcedure = baseProcedure.meta({ access: 'public' });

/** Signed in: the session names a user who still exists. */
export const userProcedure = baseProcedure.meta({ access: 'user' }).use(async ({ ctx, next }) => {
  const user = ctx.userId ? await findUserById(ctx.db, ctx.userId) : undefined;
  // A token from before a sign-out or a password change names the user but is no longer theirs.
  if (!user || user.sessionVersion !== ctx.sessionVersion) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  }
  return next({ ctx: { ...ctx, user } });
});

export const teamInput = z.object({ teamId: z.string().min(1).max(64) });

/**
 * Team-scoped: the one door to team data. Membership and role are read from the database on
 * every call (never trusted from the token or the client). A team the caller does not belong to
 * answers NOT_FOUND, so its existence is not revealed.
 */
export const teamProcedure = userProcedure
  .meta({ access: 'team' })
  .input(teamInput)
  .use(async ({ ctx, input, next }) => {
    const found = await findMembership(ctx.db, { teamId: input.teamId, userId: ctx.user.id });
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'Team not found.' });
    return next({ ctx: { ...ctx, team: found.team, membership: found.membership } });
  });

const ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];

/** Team-scoped heavy work, counted against a rate rule (server/limits.ts) per user and per team. */
export const limitedTeamProcedure = (rule: RateRule) =>
  teamProcedure.use(async ({ ctx, next }) => {
    await enforceRateLimit(ctx, rule);
    return next();
  });

/** Team-scoped and limited to owners and admins. */
export const adminProcedure = teamProcedure.meta({ access: 'admin' }).use(async ({ ctx, next }) => {
  if (!ADMIN_ROLES.includes(ctx.membership.role)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only owners and admins of this team can do this.',
    });
  }
  return next();
});

/**
 * Team-scoped and limited to owners: what cannot be undone for everyone else (deleting the
 * team). Admins are refused too, as with the owner role itself (server/queries/members.ts).
 */
export const ownerProcedure = teamProcedure.meta({ access: 'owner' }).use(async ({ ctx, next }) => {
  if (ctx.membership.role !== 'owner') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only owners of this team can do this.' });
  }
  return next();
});

/** Admin-only heavy work, counted like limitedTeamProcedure. */
export const limitedAdminProcedure = (rule: RateRule) =>
  adminProcedure.use(async ({ ctx, next }) => {
    await enforceRateLimit(ctx, rule);
    return next();
  });
