import 'server-only';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { hasControlCharacter } from '@/lib/text';
import type { Role } from '@/db/schema';
import { findMembership } from '@/server/queries/teams';
import { findUserById } from '@/server/queries/users';
import { DomainError } from '@/server/domain-error';
import { logProcedureCall } from '@/server/log/procedure-log';
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

/**
 * Every call logs one line when it ends (server/log/procedure-log.ts). Outermost, so it times
 * the whole call and sees the error the caller gets.
 */
const loggedProcedure = t.procedure.use(({ ctx, path, type, getRawInput, next }) =>
  logProcedureCall({ requestId: ctx.requestId, userId: ctx.userId, path, type, getRawInput }, () =>
    next(),
  ),
);

/** The tRPC error a broken product rule becomes: its code and message, on its field if named. */
function fromDomainError({ code, message, field }: DomainError): TRPCError {
  return new TRPCError({
    code,
    message,
    cause: field ? new FieldValidationError({ [field]: [message] }) : undefined,
  });
}

/**
 * A streamed answer (the downloads) runs its body only as it is read, after the middleware
 * below has returned: its broken rules are turned into tRPC errors as they are thrown, or a
 * client of /api/trpc would get an internal error for a system that is not there.
 */
async function* domainErrorsTranslated(chunks: AsyncIterable<unknown>) {
  try {
    yield* chunks;
  } catch (err) {
    throw DomainError.is(err) ? fromDomainError(err) : err;
  }
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] ===
  'function';

/** Turns a broken product rule, thrown deep in a transaction, into the matching tRPC error. */
const baseProcedure = loggedProcedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && DomainError.is(result.error.cause)) throw fromDomainError(result.error.cause);
  if (result.ok && isAsyncIterable(result.data)) {
    return { ...result, data: domainErrorsTranslated(result.data) };
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

// No control characters, as every id (server/routers/system.schema.ts): a NUL fails PostgreSQL.
export const teamInput = z.object({
  teamId: z
    .string()
    .min(1)
    .max(64)
    .refine((v) => !hasControlCharacter(v), 'That is not a valid id.'),
});

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
