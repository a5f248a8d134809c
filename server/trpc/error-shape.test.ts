import { getTRPCErrorShape, type TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { appRouter } from '@/server/routers/_app';
import { callerFor } from '@/test/caller';
import { createTestDb } from '@/test/db';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

/** The error as a client receives it, through the real error formatter. */
function shapeOf(err: TRPCError) {
  return getTRPCErrorShape({
    config: appRouter._def._config,
    error: err,
    type: 'mutation',
    path: 'auth.signUp',
    input: undefined,
    ctx: undefined,
  }) as { message: string; data: { fieldErrors: Record<string, string[]> | null } };
}

describe('the error formatter', () => {
  it('puts the first validation message in words in `message`, and every one by field', async () => {
    const err = await expectTRPCError(
      callerFor(db).auth.signUp({ name: '', email: 'not an email', password: 'short' }),
      'BAD_REQUEST',
    );
    const shape = shapeOf(err);
    expect(shape.message).toBe('Enter your name.');
    expect(shape.message).not.toMatch(/[[{"]/);
    expect(shape.data.fieldErrors).toMatchObject({
      name: ['Enter your name.'],
      email: ['Enter a valid email address.'],
      password: ['Use at least 10 characters.'],
    });
  });
});
