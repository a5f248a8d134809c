import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id';

describe('timeOrderedId', () => {
  it('is a UUIDv7 whose order is the order of writing, within one millisecond too', () => {
    const at = new Date('2026-12-02T05:00:00.123Z');
    const ids = Array.from({ length: 5000 }, () => timeOrderedId(at));
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    // More than the 4,096 a millisecond holds: the later ones move to the next millisecond.
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.replace(/-/g, '').slice(0, 12)).toBe(
      at.getTime().toString(16).padStart(12, '0'),
    );
  });

  it('keeps counting up when the clock steps back', () => {
    const a = timeOrderedId(new Date('2026-12-02T06:00:00.000Z'));
    const b = timeOrderedId(new Date('2026-12-02T05:59:59.000Z'));
    expect(b > a).toBe(true);
  });
});
