import { describe, expect, it } from 'vitest';
import { checkedSecret, MISSING_SECRET_MESSAGE, SHORT_SECRET_MESSAGE } from './secret';

describe('checkedSecret', () => {
  it('refuses, in production, a missing secret and one under 32 characters', () => {
    expect(() => checkedSecret(undefined, true)).toThrow(MISSING_SECRET_MESSAGE);
    expect(() => checkedSecret('x', true)).toThrow(SHORT_SECRET_MESSAGE);
    expect(() => checkedSecret('a'.repeat(31), true)).toThrow(/shorter than 32/);
    expect(checkedSecret('a'.repeat(32), true)).toBe('a'.repeat(32));
  });

  it('lets a laptop run with a generated secret or any configured one', () => {
    expect(checkedSecret(undefined, false)).toBeNull();
    expect(checkedSecret('short', false)).toBe('short');
  });
});
