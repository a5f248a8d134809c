import { getTRPCErrorShape, type TRPCError } from '@trpc/server';
import { appRouter } from '@/server/routers/_app';

/** The error as a client receives it: through the real error formatter. */
export function errorShapeOf(err: TRPCError) {
  return getTRPCErrorShape({
    config: appRouter._def._config,
    error: err,
    type: 'mutation',
    path: undefined,
    input: undefined,
    ctx: undefined,
  }) as { message: string; data: { fieldErrors: Record<string, string[]> | null } };
}

/** The per-field messages a form receives for this error. */
export function fieldErrorsOf(err: TRPCError): Record<string, string[]> {
  return errorShapeOf(err).data.fieldErrors ?? {};
}
