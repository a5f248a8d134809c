import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';

/** Awaits a call that must fail with the given tRPC code; returns the error for more checks. */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError['code']) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  expect((err as TRPCError).code).toBe(code);
  return err as TRPCError;
}
