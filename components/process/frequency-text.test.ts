import { describe, expect, it } from 'vitest';
import { frequencyText } from './frequency-text';

describe('frequencyText', () => {
  it('says once and twice in words', () => {
    expect(frequencyText({ period: 'day', count: 1 })).toBe('once a day');
    expect(frequencyText({ period: 'week', count: 2 })).toBe('twice a week');
    expect(frequencyText({ period: 'quarter', count: 1 })).toBe('once a quarter');
  });

  it('counts other numbers', () => {
    expect(frequencyText({ period: 'week', count: 3 })).toBe('3 times a week');
    expect(frequencyText({ period: 'month', count: 2.5 })).toBe('2.5 times a month');
    expect(frequencyText({ period: 'year', count: 1200 })).toBe('1,200 times a year');
    expect(frequencyText({ period: 'month', count: 0.5 })).toBe('0.5 times a month');
  });

  it('decides once and twice on the number as shown', () => {
    expect(frequencyText({ period: 'day', count: 1.001 })).toBe('once a day');
    expect(frequencyText({ period: 'day', count: 1.25 })).toBe('1.3 times a day');
  });

  it('describes on-demand processes with their estimate', () => {
    expect(frequencyText({ period: 'on_demand', runsPerYear: 30 })).toBe(
      'on demand, about 30 times a year',
    );
    expect(frequencyText({ period: 'on_demand', runsPerYear: 1 })).toBe(
      'on demand, about once a year',
    );
    expect(frequencyText({ period: 'on_demand', runsPerYear: 2 })).toBe(
      'on demand, about twice a year',
    );
    expect(frequencyText({ period: 'on_demand', runsPerYear: 0 })).toBe('on demand');
  });

  it('never prints a negative or non-number count', () => {
    expect(frequencyText({ period: 'week', count: -3 })).toBe('0 times a week');
    expect(frequencyText({ period: 'week', count: Number.NaN })).toBe('0 times a week');
    expect(frequencyText({ period: 'on_demand', runsPerYear: Number.NaN })).toBe('on demand');
  });
});
