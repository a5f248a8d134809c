import { describe, expect, it } from 'vitest';
import { callerFor } from '@/test/caller';
import { createTestDb } from '@/test/db';
import { errorShapeOf } from '@/test/error-shape';
import { expectTRPCError } from '@/test/trpc-error';

const db = createTestDb();

describe('the error formatter', () => {
  it('puts the first validation message in words in `message`, and every one by field', async () => {
    const err = await expectTRPCError(
      callerFor(db).auth.signUp({ name: '', email: 'not an email', password: 'short' }),
      'BAD_REQUEST',
    );
    const shape = errorShapeOf(err);
    expect(shape.message).toBe('Enter your name.');
    expect(shape.message).not.toMatch(/[[{"]/);
    expect(shape.data.fieldErrors).toMatchObject({
      name: ['Enter your name.'],
      email: ['Enter a valid email address.'],
      password: ['Use at least 10 characters.'],
    });
  });
});
