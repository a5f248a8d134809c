import { TRPCError } from '@trpc/server';

export function isNotFound(err: unknown): boolean {
  return err instanceof TRPCError && err.code === 'NOT_FOUND';
}
