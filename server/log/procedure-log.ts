import 'server-only';
import type { TRPCError } from '@trpc/server';
import { getLogger } from './logger';
import { requestIdFrom } from './request-id';

/** Calls slower than this many milliseconds are logged as warnings (OPSLENS_SLOW_MS, default 1000). */
export function slowCallMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.OPSLENS_SLOW_MS?.trim();
  const ms = Number(raw);
  return raw && Number.isFinite(ms) ? ms : 1000;
}

const ID = /^[\w-]{1,64}$/;

/** The team a call named, when its input has an id-shaped `teamId`: nothing else of the input. */
async function teamIdOf(getRawInput: () => Promise<unknown>): Promise<string | undefined> {
  try {
    const raw = await getRawInput();
    const teamId = raw && typeof raw === 'object' ? (raw as { teamId?: unknown }).teamId : null;
    return typeof teamId === 'string' && ID.test(teamId) ? teamId : undefined;
  } catch {
    return undefined;
  }
}

const logged = new WeakSet<object>();

/** Whether a procedure's error was already logged (so the HTTP handler does not log it twice). */
export function wasLogged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && logged.has(error);
}

export type ProcedureCall = {
  requestId: string | undefined;
  userId: string | null;
  path: string;
  type: string;
  getRawInput: () => Promise<unknown>;
};

type CallResult = { ok: true } | { ok: false; error: TRPCError };

/**
 * Runs a procedure call and logs one line when it ends: request id, procedure path and type,
 * user and team ids, duration, outcome and the error code — never the input or the answer.
 * Slow calls are warnings (`slow: true`); an internal error is an error, with its stack.
 */
export async function logProcedureCall<R extends CallResult>(
  call: ProcedureCall,
  run: () => Promise<R>,
): Promise<R> {
  const started = performance.now();
  const result = await run();
  const elapsed = performance.now() - started;
  try {
    const log = getLogger();
    const error = result.ok ? null : result.error;
    const internal = error?.code === 'INTERNAL_SERVER_ERROR';
    if (error && internal) logged.add(error);
    const slow = elapsed > slowCallMs();
    if (!log.isLevelEnabled(internal ? 'error' : slow ? 'warn' : 'info')) return result;
    const line = {
      requestId: requestIdFrom(call.requestId),
      procedure: call.path,
      type: call.type,
      userId: call.userId,
      teamId: await teamIdOf(call.getRawInput),
      durationMs: Math.round(elapsed * 10) / 10,
      ok: result.ok,
      ...(error ? { code: error.code } : {}),
      ...(slow ? { slow: true } : {}),
    };
    const what = `${call.type} ${call.path}`;
    if (internal) log.error({ ...line, err: error }, `${what} failed`);
    else if (slow) log.warn(line, `slow ${what}`);
    else log.info(line, what);
  } catch {
    // Logging never changes a call's outcome.
  }
  return result;
}
